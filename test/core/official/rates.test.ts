import { selfEvaluation, SHEET_SELF, type RateStyle } from '../../fixtures/official/budgetForms';
import { comparisonTable, SHEET_COMPARISON } from '../../fixtures/official/comparison';
import { essentialOf, findingsOfSpec, SETTINGS } from '../../support/officialRun';
import type { SheetSpec } from '../../support/workbookSpec';

const RATE_STYLES: readonly RateStyle[] = ['format', 'text', 'header'];

function findings(sheet: SheetSpec, setting = SETTINGS[0]) {
  return findingsOfSpec({ sheets: [sheet] }, setting).map(essentialOf);
}

describe('rate-mismatch on a 项目支出绩效自评表', () => {
  it.each(RATE_STYLES.flatMap((style) => SETTINGS.map((setting) => [style, setting] as const)))(
    'clean, 执行率 typed as %s: nothing (%o)',
    (rateStyle, setting) => {
      expect(findings(selfEvaluation({ rateStyle }).sheet, setting)).toEqual([]);
    },
  );

  it.each(RATE_STYLES)(
    '执行率 95.00 %% where 全年执行数 ÷ 全年预算数 gives 100.00 %% (typed as %s): one error, at the 执行率',
    (rateStyle) => {
      // The form's 得分 follows the wrong rate (9.5): recomputed from the stated 执行率, it is
      // right, so the one wrong figure is reported once.
      const { sheet, totalRow } = selfEvaluation({ rateStyle, plantRate: 9500 });
      const row = totalRow + 1;
      const found = findingsOfSpec({ sheets: [sheet] });
      expect(found.map(essentialOf)).toEqual([
        {
          rule: 'rate-mismatch',
          severity: 'error',
          sheet: SHEET_SELF,
          cell: `F${row}`,
          related: [`D${row}`, `C${row}`],
          expected: '100.00',
          actual: '95.00',
        },
      ]);
      expect(found[0].unit).toBe('%');
      expect(found[0].message).toBe(
        '「年度资金总额」执行率列示 95.00%，但执行数 ÷ 预算数为 100.00%，相差 5.00 个百分点。'.replace(
          '执行率列示',
          rateStyle === 'header' ? '执行率（%）列示' : '执行率列示',
        ),
      );
    },
  );

  it('得分 9.5 where 分值 10 × 执行率 100.00 % gives 10: an error at the 得分', () => {
    const { sheet, totalRow } = selfEvaluation({ plantScore: 9.5 });
    const row = totalRow + 1;
    const found = findingsOfSpec({ sheets: [sheet] }, { language: 'en-US' });
    expect(found.map(essentialOf)).toEqual([
      {
        rule: 'rate-mismatch',
        severity: 'error',
        sheet: SHEET_SELF,
        cell: `G${row}`,
        related: [`E${row}`, `F${row}`],
        expected: '10.0',
        actual: '9.5',
      },
    ]);
    expect(found[0].message).toBe(
      '"年度资金总额" 得分 states 9.5, but points × execution rate (at most the points) is 10.0: a difference of 0.5.',
    );
  });

  it('得分 is capped at 分值: 执行率 120.00 % with 得分 10 is right, 得分 12 is not', () => {
    const over = selfEvaluation({ plantRate: 12000, plantActual: 300 });
    expect(findings(over.sheet).filter((f) => f.rule === 'rate-mismatch')).toEqual([]);
    const uncapped = selfEvaluation({ plantRate: 12000, plantActual: 300, plantScore: 12 });
    const row = uncapped.totalRow + 1;
    expect(findings(uncapped.sheet).filter((f) => f.rule === 'rate-mismatch')).toEqual([
      {
        rule: 'rate-mismatch',
        severity: 'error',
        sheet: SHEET_SELF,
        cell: `G${row}`,
        related: [`E${row}`, `F${row}`],
        expected: '10',
        actual: '12',
      },
    ]);
  });
});

describe('rate-mismatch on a comparison table (本年 | 上年 | 增减 | 增减率)', () => {
  it.each(SETTINGS)('clean (上年 = 0 states no 增减率): nothing (%o)', (setting) => {
    expect(findings(comparisonTable().sheet, setting)).toEqual([]);
  });

  it('one wrong 增减率 (5.91 where 9.87 ÷ 170.00 gives 5.81): an error at that cell', () => {
    const { sheet, rowOf } = comparisonTable({ plantRate: { label: '合计', by: 10 } });
    const row = (rowOf.get('合计') ?? 0) + 1;
    const found = findingsOfSpec({ sheets: [sheet] });
    expect(found.map(essentialOf)).toEqual([
      {
        rule: 'rate-mismatch',
        severity: 'error',
        sheet: SHEET_COMPARISON,
        cell: `E${row}`,
        related: [`D${row}`, `C${row}`],
        expected: '5.81',
        actual: '5.91',
      },
    ]);
    expect(found[0].message).toBe(
      '「合计」增减率（%）列示 5.91%，但增减 ÷ 上年为 5.81%，相差 0.10 个百分点。',
    );
  });
});

describe('rate-mismatch: 增减 = 本年 − 上年', () => {
  it('a wrong 增减 (12.87 where 161.87 − 150.00 gives 11.87) is reported once, at the 增减', () => {
    // Its 增减率 was worked out from the wrong 增减: recomputed from the stated 增减, it agrees.
    const { sheet, rowOf } = comparisonTable({
      plantChange: { label: '一般公共服务支出', by: 100 },
    });
    const row = (rowOf.get('一般公共服务支出') ?? 0) + 1;
    expect(findings(sheet)).toEqual([
      {
        rule: 'rate-mismatch',
        severity: 'error',
        sheet: SHEET_COMPARISON,
        cell: `D${row}`,
        related: [`B${row}`, `C${row}`],
        expected: '11.87',
        actual: '12.87',
      },
    ]);
  });
});
