import totalMismatch from '../../../src/core/rules/total-mismatch';
import { findingsOf, ruleTester } from '../../support/ruleTester';

const budgetHeader = ['支出类型', '项目', '预算数', '执行数'];

ruleTester(totalMismatch, {
  valid: [
    {
      name: 'category rows add up',
      sheets: [
        {
          rows: [
            ['单位：万元'],
            budgetHeader,
            ['基本支出', '基本支出', 30, 30],
            ['基本支出', '人员经费', 20, 20],
            ['基本支出', '公用经费', 10, 10],
            ['合计', null, 30, 30],
          ],
        },
      ],
    },
    {
      name: 'a part that cannot be read leaves the total unchecked',
      sheets: [
        {
          rows: [
            ['项目', '金额（元）', '人数'],
            ['甲', '一万五', 1],
            ['乙', 200, 2],
            ['合计', 999, 3],
          ],
        },
      ],
    },
    {
      name: 'a rate column is never summed',
      sheets: [
        {
          rows: [
            ['项目', '人数', '标准（元/人）', '金额（元）'],
            ['甲', 2, 300, 600],
            ['乙', 1, 500, 500],
            ['合计', 3, 800000, 1100],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'the seed: 141.1 + 20.76 = 161.86 stated as 161.87 is a rounding difference',
      sheets: [
        {
          name: '预算',
          rows: [
            ['单位：万元'],
            budgetHeader,
            ['基本支出', '基本支出', null, 161.87],
            ['基本支出', '人员经费', null, 141.1],
            ['基本支出', '公用经费', null, 20.76],
          ],
        },
      ],
      findings: [
        {
          rule: 'total-mismatch',
          severity: 'warning',
          sheet: '预算',
          cell: 'D3',
          related: ['D4:D5'],
          expected: '161.86',
          actual: '161.87',
          unit: '万元',
        },
      ],
    },
    {
      name: '161.70 shown with two decimals is a real mismatch',
      sheets: [
        {
          rows: [
            ['单位：万元'],
            budgetHeader,
            ['基本支出', '基本支出', null, 161.7],
            ['基本支出', '人员经费', null, 141.1],
            ['基本支出', '公用经费', null, 20.76],
          ],
          formats: { D3: '0.00' },
        },
      ],
      findings: [
        {
          rule: 'total-mismatch',
          severity: 'error',
          cell: 'D3',
          expected: '161.86',
          actual: '161.70',
          unit: '万元',
        },
      ],
    },
    {
      name: 'strict mode makes a rounding difference an error',
      strict: true,
      sheets: [
        {
          rows: [
            ['单位：万元'],
            budgetHeader,
            ['基本支出', '基本支出', null, 161.87],
            ['基本支出', '人员经费', null, 141.1],
            ['基本支出', '公用经费', null, 20.76],
          ],
        },
      ],
      findings: [
        {
          rule: 'total-mismatch',
          severity: 'error',
          cell: 'D3',
          expected: '161.86',
          actual: '161.87',
        },
      ],
    },
    {
      name: 'a headcount total is exact',
      sheets: [
        {
          rows: [
            ['项目', '人数', '金额（元）'],
            ['甲', 2, 600],
            ['乙', 1, 300],
            ['合计', 4, 900],
          ],
        },
      ],
      findings: [
        {
          rule: 'total-mismatch',
          severity: 'error',
          cell: 'B4',
          related: ['B2:B3'],
          expected: '3',
          actual: '4',
          unit: null,
        },
      ],
    },
  ],
});

describe('total-mismatch messages', () => {
  const sheets = [
    {
      rows: [
        ['单位：万元'],
        budgetHeader,
        ['基本支出', '基本支出', null, 161.87],
        ['基本支出', '人员经费', null, 141.1],
        ['基本支出', '公用经费', null, 20.76],
      ],
    },
  ];

  it('explains a rounding difference in the report register (zh-CN)', () => {
    expect(findingsOf(totalMismatch, { name: 'zh', sheets })[0].message).toBe(
      '「基本支出」执行数列示 161.87 万元，人员经费 + 公用经费合计为 161.86 万元，相差 0.01 万元，在尾差容许范围（±0.06 万元）内，属四舍五入尾差。',
    );
  });

  it('explains it in English on request', () => {
    expect(findingsOf(totalMismatch, { name: 'en', sheets, language: 'en-US' })[0].message).toBe(
      '"基本支出" 执行数 states 161.87 10k yuan, and 人员经费 + 公用经费 add up to 161.86 10k yuan: a difference of 0.01 10k yuan, within the rounding tolerance of ±0.06 10k yuan (a rounding difference).',
    );
  });
});
