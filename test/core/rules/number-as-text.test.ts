import numberAsText from '../../../src/core/rules/number-as-text';
import { findingsOf, ruleTester } from '../../support/ruleTester';

ruleTester(numberAsText, {
  valid: [
    {
      name: 'numeric cells',
      sheets: [
        {
          rows: [
            ['项目', '金额（元）'],
            ['甲', 1234.5],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'thousands separators, full-width digits, currency sign, brackets',
      sheets: [
        {
          rows: [
            ['单位：万元'],
            ['项目', '预算数', '执行数'],
            ['甲', '1,234.50', '１２３４．５０'],
            ['乙', '￥15', '(0.5)'],
          ],
        },
      ],
      findings: [
        {
          rule: 'number-as-text',
          severity: 'info',
          cell: 'B3',
          expected: '1234.50',
          actual: '1,234.50',
          unit: '万元',
        },
        {
          rule: 'number-as-text',
          severity: 'info',
          cell: 'C3',
          expected: '1234.50',
          actual: '１２３４．５０',
          unit: '万元',
        },
        {
          rule: 'number-as-text',
          severity: 'info',
          cell: 'B4',
          expected: '15',
          actual: '￥15',
          unit: '万元',
        },
        {
          rule: 'number-as-text',
          severity: 'info',
          cell: 'C4',
          expected: '-0.5',
          actual: '(0.5)',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a text figure with its own unit keeps it',
      sheets: [
        {
          rows: [
            ['项目', '金额（元）'],
            ['甲', '15万元'],
          ],
        },
      ],
      findings: [
        {
          rule: 'number-as-text',
          severity: 'info',
          cell: 'B2',
          expected: '15',
          actual: '15万元',
          unit: '万元',
        },
      ],
    },
  ],
});

it('tells the user how the text was read', () => {
  const [finding] = findingsOf(numberAsText, {
    name: 'msg',
    sheets: [
      {
        rows: [
          ['项目', '金额（元）'],
          ['甲', '1,234.50'],
        ],
      },
    ],
  });
  expect(finding.message).toBe(
    '金额（元）列的「1,234.50」是文本，已按 1234.50 元 读取；建议改为数值单元格，以免公式漏算。',
  );
});
