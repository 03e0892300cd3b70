import { reconcile } from '../../../src/core/reconcile';
import { unknownFigure } from '../../../src/core/model/grid';
import formulaNotEvaluated from '../../../src/core/rules/formula-not-evaluated';
import { grid, ruleTester } from '../../support/ruleTester';

const VLOOKUP = unknownFigure('unsupported', 'VLOOKUP');

ruleTester(formulaNotEvaluated, {
  valid: [
    {
      name: 'evaluated formulas and an unknown figure outside the table’s figure columns',
      sheets: [
        {
          rows: [
            ['项目', '执行数', '备注'],
            ['办公费', 100, unknownFigure('unsupported', 'CONCAT')],
            ['合计', 100, null],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'one per unknown figure, money or headcount, with its reason',
      sheets: [
        {
          rows: [
            ['单位：元'],
            ['项目', '人数', '金额'],
            ['春节慰问', unknownFigure('cycle'), VLOOKUP],
            ['中秋慰问', 3, unknownFigure('unknown-input')],
            ['合计', 5, unknownFigure('error')],
          ],
        },
      ],
      findings: [
        { rule: 'formula-not-evaluated', severity: 'info', cell: 'B3', unit: null, actual: null },
        { rule: 'formula-not-evaluated', severity: 'info', cell: 'C3', unit: '元', expected: null },
        { rule: 'formula-not-evaluated', severity: 'info', cell: 'C4', unit: '元' },
        { rule: 'formula-not-evaluated', severity: 'info', cell: 'C5', unit: '元' },
      ],
    },
  ],
});

describe('an unknown figure in a total', () => {
  const sheet = {
    rows: [
      ['单位：元'],
      ['项目', '预算数', '执行数'],
      ['办公费', 1000, VLOOKUP],
      ['印刷费', 500, 400],
      ['合计', 1600, 999],
    ],
  };

  it('is never zero or blank: the total over it is not judged, and it is no not-a-number', () => {
    const { findings } = reconcile({ sheets: [grid(sheet)] });
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.expected, f.actual])).toEqual([
      ['formula-not-evaluated', 'info', 'C3', null, null],
      ['total-mismatch', 'error', 'B5', '1500', '1600'],
    ]);
    expect(findings[0].message).toBe(
      '执行数列的公式没有保存计算结果，且使用了 VLOOKUP 函数（不是可直接核算的加减乘除），数值未知，相关合计未核对；请在 Excel 中打开并保存后再核对。',
    );
  });

  it('as the total itself, leaves it unjudged too', () => {
    const rows = sheet.rows.map((row, r) =>
      r === 4 ? ['合计', 1500, unknownFigure('cycle')] : row,
    );
    const { findings } = reconcile({ sheets: [grid({ rows })] }, { language: 'en-US' });
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([
      ['formula-not-evaluated', 'C3'],
      ['formula-not-evaluated', 'C5'],
    ]);
  });
});
