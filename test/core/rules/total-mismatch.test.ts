import totalMismatch from '../../../src/core/rules/total-mismatch';
import { findingsOf, ruleTester, type GridSheet } from '../../support/ruleTester';

const budgetHeader = ['支出类型', '项目', '预算数', '执行数'];

/** The seed's basic expenditure: 人员经费 141.1 + 公用经费 20.76 under a stated 基本支出. */
function seedSheet(basicExpenditure: number, formats?: Record<string, string>): GridSheet {
  return {
    name: '预算',
    rows: [
      ['单位：万元'],
      budgetHeader,
      ['基本支出', '基本支出', null, basicExpenditure],
      ['基本支出', '人员经费', null, 141.1],
      ['基本支出', '公用经费', null, 20.76],
    ],
    formats,
  };
}

/** A 类 / 款 / 项 roll-up in 元. */
function codeSheet(category: number, wrongSection: number): GridSheet {
  return {
    rows: [
      ['单位：元'],
      ['科目编码', '科目名称', '执行数'],
      ['208', '社会保障和就业支出', category],
      ['20802', '民政管理事务', 300000],
      ['2080201', '行政运行', 300000],
      ['20810', '社会福利', wrongSection],
      ['2081001', '儿童福利', 120000],
      ['2081002', '老年福利', 80000],
    ],
  };
}

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
      sheets: [seedSheet(161.87)],
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
      sheets: [seedSheet(161.7, { D3: '0.00' })],
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
      sheets: [seedSheet(161.87)],
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
      name: 'a wrong 款 is reported once, at the 款, not again at its 类',
      sheets: [codeSheet(500000, 150000)],
      findings: [
        {
          rule: 'total-mismatch',
          severity: 'error',
          cell: 'C6',
          related: ['C7:C8'],
          expected: '200000',
          actual: '150000',
        },
      ],
    },
    {
      name: 'a 类 that agrees with its 款 as shown is left until the wrong 款 is fixed',
      sheets: [codeSheet(450000, 150000)],
      findings: [
        {
          rule: 'total-mismatch',
          severity: 'error',
          cell: 'C6',
          expected: '200000',
          actual: '150000',
        },
      ],
    },
    {
      name: 'a 类 wrong against both the 款 as shown and their true sum is reported too',
      sheets: [codeSheet(400000, 150000)],
      findings: [
        {
          rule: 'total-mismatch',
          severity: 'error',
          cell: 'C3',
          related: ['C4', 'C6'],
          expected: '500000',
          actual: '400000',
        },
        {
          rule: 'total-mismatch',
          severity: 'error',
          cell: 'C6',
          expected: '200000',
          actual: '150000',
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
  const sheets = [seedSheet(161.87)];

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

  it('tells two subtotals apart by row', () => {
    const [finding] = findingsOf(totalMismatch, {
      name: 'rows',
      sheets: [
        {
          rows: [
            ['项目', '金额（元）'],
            ['甲', 1],
            ['小计', 1],
            ['乙', 2],
            ['小计', 2],
            ['合计', 6],
          ],
        },
      ],
    });
    expect(finding.message).toBe(
      '「合计」金额（元）列示 6 元，但小计（第3行） + 小计（第5行）合计为 3 元，相差 3 元，超出尾差容许范围（±1.5 元）。',
    );
  });
});
