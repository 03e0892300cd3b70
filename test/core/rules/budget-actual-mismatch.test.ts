import budgetActualMismatch from '../../../src/core/rules/budget-actual-mismatch';
import { findingsOf, ruleTester, type GridSheet } from '../../support/ruleTester';

/** The example's budget sheet, in 万元. */
function budgetSheet(executed: number): GridSheet {
  return {
    name: '预算执行表',
    rows: [
      ['单位：万元'],
      ['支出类型', '项目', '预算数', '执行数'],
      ['项目支出', '项目支出', 15, executed],
      ['项目支出', '两节慰问', 15, executed],
    ],
  };
}

/** The example's disbursement sheet, in 元, with the funding split. */
function disbursementSheet(fiscal: number): GridSheet {
  return {
    name: '两节慰问发放明细',
    rows: [
      ['单位：元'],
      ['项目', '慰问对象', '人数', '标准（元/人）', '金额', '区财政资金', '本级资金'],
      ['两节慰问', '困难职工', 568, 300, 170400, fiscal, 170400 - fiscal],
      ['两节慰问', '劳模', 38, null, 50000, 50000, null],
    ],
  };
}

ruleTester(budgetActualMismatch, {
  valid: [
    {
      name: 'the seed: 15 万元 executed = 区财政资金 100 000 + 50 000 元; 本级资金 70 400 left out',
      sheets: [budgetSheet(15), disbursementSheet(100000)],
    },
    {
      name: 'without a split the whole amount is booked, across units',
      sheets: [
        budgetSheet(2.204),
        {
          name: '明细',
          rows: [
            ['项目', '慰问对象', '人数', '金额（元）'],
            ['两节慰问专项资金', '困难职工', 568, 17040],
            ['两节慰问专项资金', '劳模', 38, 5000],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'a project paid from a roster alone books the roster',
      sheets: [
        {
          name: '预算',
          rows: [
            ['项目', '预算数', '执行数（元）'],
            ['困难帮扶', 1000, 600],
          ],
        },
        {
          name: '困难帮扶名单',
          rows: [
            ['项目', '姓名', '金额（元）'],
            ['困难帮扶', '甲', 300],
            ['困难帮扶', '乙', 300],
            ['困难帮扶', '丙', 300],
          ],
        },
      ],
      findings: [
        {
          rule: 'budget-actual-mismatch',
          severity: 'error',
          sheet: '预算',
          cell: 'C2',
          related: ["'困难帮扶名单'!C2:C4"],
          expected: '900',
          actual: '600',
          unit: '元',
        },
      ],
    },
    {
      name: 'a fiscal part 10 000 元 short of the 执行数, compared in 万元',
      sheets: [budgetSheet(15), disbursementSheet(90000)],
      findings: [
        {
          rule: 'budget-actual-mismatch',
          severity: 'error',
          sheet: '预算执行表',
          cell: 'D4',
          related: ["'两节慰问发放明细'!F3:F4"],
          expected: '14',
          actual: '15',
          unit: '万元',
        },
      ],
    },
    {
      name: 'a difference within the rounding of the 执行数 as shown is a warning',
      sheets: [budgetSheet(15), disbursementSheet(96000)],
      findings: [
        {
          rule: 'budget-actual-mismatch',
          severity: 'warning',
          cell: 'D4',
          expected: '14.6',
          actual: '15',
        },
      ],
    },
  ],
});

describe('budget-actual-mismatch messages', () => {
  it('states both figures in their own units and says only the fiscal part counts', () => {
    const [finding] = findingsOf(budgetActualMismatch, {
      name: 'zh',
      sheets: [budgetSheet(15), disbursementSheet(90000)],
    });
    expect(finding.message).toBe(
      '「两节慰问」执行数列示 15 万元，但发放明细中该项目的区财政资金合计为 140,000.00 元（折合 14 万元），相差 1 万元；执行数只与财政资金部分核对，本级资金等自有资金不计入。',
    );
  });

  it('in English too', () => {
    const [finding] = findingsOf(budgetActualMismatch, {
      name: 'en',
      language: 'en-US',
      sheets: [budgetSheet(15), disbursementSheet(90000)],
    });
    expect(finding.message).toContain('15 10k yuan');
    expect(finding.message).toContain('140,000.00 yuan');
    expect(finding.message).toContain('fiscal part only');
  });
});
