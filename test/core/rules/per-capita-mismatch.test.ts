import perCapitaMismatch from '../../../src/core/rules/per-capita-mismatch';
import { findingsOf, ruleTester } from '../../support/ruleTester';

const linesHeader = ['项目', '慰问对象', '人数', '标准（元/人）', '金额（元）'];
/** The example workbook's format: money shown to the fen. */
const formats = { D2: '#,##0.00', E2: '#,##0.00' };

ruleTester(perCapitaMismatch, {
  valid: [
    {
      name: 'the seed: 568 × 300 = 170 400; a line without a standard is not checked',
      sheets: [
        {
          rows: [
            linesHeader,
            ['两节慰问', '困难职工', 568, 300, 170400],
            ['两节慰问', '劳模', 38, null, 50000],
          ],
        },
      ],
    },
    {
      name: 'a roster paid at the line standard',
      sheets: [
        { name: '汇总', rows: [linesHeader, ['两节慰问', '困难职工', 2, 300, 600]] },
        {
          name: '困难职工名单',
          rows: [
            ['两节慰问困难职工名单'],
            ['姓名', '身份证号', '金额（元）'],
            ['甲', null, 300],
            ['乙', null, 300],
          ],
        },
      ],
    },
    {
      name: 'a roster of varying amounts has no modal standard',
      sheets: [
        {
          rows: [
            ['项目', '姓名', '金额（元）'],
            ['大病救助', '甲', 2000],
            ['大病救助', '乙', 3000],
            ['大病救助', '丙', 5000],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: '人数 × 标准 ≠ 金额 is an error on the 金额 cell',
      sheets: [{ rows: [linesHeader, ['两节慰问', '困难职工', 568, 300, 170500]], formats }],
      findings: [
        {
          rule: 'per-capita-mismatch',
          severity: 'error',
          cell: 'E2',
          related: ['C2', 'D2'],
          expected: '170400.00',
          actual: '170500.00',
          unit: '元',
        },
      ],
    },
    {
      name: 'a rounded standard: tolerance is 人数 × half a unit of 标准 + half a unit of 金额',
      sheets: [
        {
          rows: [linesHeader, ['慰问', '职工', 3, 33.33, 100]],
          formats: { D2: '0.00', E2: '0.00' },
        },
      ],
      findings: [
        {
          rule: 'per-capita-mismatch',
          severity: 'warning',
          cell: 'E2',
          expected: '99.99',
          actual: '100.00',
        },
      ],
    },
    {
      name: 'a whole rate is paid to the fen: 568 × 300 stated as 170500 is an error, not rounding',
      sheets: [{ rows: [linesHeader, ['两节慰问', '困难职工', 568, 300, 170500]] }],
      findings: [
        {
          rule: 'per-capita-mismatch',
          severity: 'error',
          cell: 'E2',
          expected: '170400',
          actual: '170500',
        },
      ],
    },
    {
      name: 'strict mode makes the rounded product an error',
      strict: true,
      sheets: [
        {
          rows: [linesHeader, ['慰问', '职工', 3, 33.33, 100]],
          formats: { D2: '0.00', E2: '0.00' },
        },
      ],
      findings: [
        {
          rule: 'per-capita-mismatch',
          severity: 'error',
          cell: 'E2',
          expected: '99.99',
          actual: '100.00',
        },
      ],
    },
    {
      name: 'a roster amount off its line standard',
      sheets: [
        { name: '汇总', rows: [linesHeader, ['两节慰问', '困难职工', 3, 300, 900]] },
        {
          name: '困难职工名单',
          rows: [
            ['两节慰问困难职工名单'],
            ['姓名', '身份证号', '金额（元）'],
            ['甲', null, 300],
            ['乙', null, 3000],
            ['丙', null, 300],
          ],
        },
      ],
      findings: [
        {
          rule: 'per-capita-mismatch',
          severity: 'error',
          sheet: '困难职工名单',
          cell: 'C4',
          related: ["'汇总'!D2"],
          expected: '300',
          actual: '3000',
        },
      ],
    },
    {
      name: 'no standard stated: the modal amount is the standard',
      sheets: [
        {
          rows: [
            ['项目', '慰问对象', '姓名', '金额（元）'],
            ['两节慰问', '困难职工', '甲', 300],
            ['两节慰问', '困难职工', '乙', 300],
            ['两节慰问', '困难职工', '丙', 3000],
          ],
          formats: { D2: '0.00', D3: '0.00', D4: '0.00' },
        },
      ],
      findings: [
        {
          rule: 'per-capita-mismatch',
          severity: 'error',
          cell: 'D4',
          related: [],
          expected: '300.00',
          actual: '3000.00',
        },
      ],
    },
  ],
});

describe('per-capita-mismatch messages', () => {
  it('names the line, the standard and the headcount', () => {
    const [finding] = findingsOf(perCapitaMismatch, {
      name: 'zh',
      sheets: [{ rows: [linesHeader, ['两节慰问', '困难职工', 568, 300, 170500]], formats }],
    });
    expect(finding.message).toBe(
      '「两节慰问·困难职工」按每人 300.00 元的标准发放 568 人，应为 170400.00 元，金额列示 170500.00 元，相差 100 元，超出尾差容许范围（±2.845 元）。',
    );
  });
});
