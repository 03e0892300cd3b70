import { reconcile } from '../../../src/core/reconcile';
import { workbookGridOf } from '../../../src/xlsx/exceljsGrid';
import { essentialOf } from '../../support/officialRun';
import { buildWorkbook, type SheetSpec } from '../../support/workbookSpec';

/**
 * A comparison table with 2021 and 2022 pairs of 预算数 / 执行数 (万元), from exact hundredths, and a
 * 2022 disbursement sheet: 两节慰问 executed 14 万元 in 2021 and 15 万元 in 2022, paid 150 000 元.
 */
function comparison(plant: { budget2022?: number; actual2021?: number } = {}): SheetSpec {
  const lines: ReadonlyArray<readonly [string, number, number, number, number]> = [
    ['人员经费', 10000, 9800, 11000, 10900],
    ['两节慰问', 1400, 1400, 1500, 1500],
  ];
  const sum = (i: 1 | 2 | 3 | 4): number => lines.reduce((total, line) => total + line[i], 0);
  return {
    name: '对比表',
    rows: [
      ['2021—2022年预算执行对比表'],
      ['单位：万元'],
      ['项目', '2021年', null, '2022年', null],
      [null, '预算数', '执行数', '预算数', '执行数'],
      ...lines.map(([label, ...figures]) => [label, ...figures.map((f) => f / 100)]),
      [
        '合计',
        sum(1) / 100,
        (sum(2) + (plant.actual2021 ?? 0)) / 100,
        (sum(3) + (plant.budget2022 ?? 0)) / 100,
        sum(4) / 100,
      ],
    ],
  };
}

const DISBURSED: SheetSpec = {
  name: '发放明细',
  rows: [
    ['2022年两节慰问发放明细'],
    ['单位：元'],
    ['项目', '慰问对象', '人数', '标准（元/人）', '金额（元）', '区财政资金', '本级资金'],
    ['两节慰问', '困难职工', 500, 300, 150000, 150000, null],
  ],
};

function run(budget: SheetSpec, disbursed: SheetSpec = DISBURSED) {
  return reconcile(workbookGridOf(buildWorkbook({ sheets: [budget, disbursed] })));
}

describe('years on columns', () => {
  it('reconciles each year’s pair on its own and books 2022 disbursements to 2022’s 执行数', () => {
    const result = run(comparison());
    expect(result.findings.map(essentialOf)).toEqual([]);
    expect(result.projects).toEqual([
      expect.objectContaining({
        name: '两节慰问',
        year: 2022,
        actual: '150000.00',
        disbursed: '150000.00',
      }),
    ]);
  });

  it('finds one planted error in each year’s column, in that column', () => {
    const result = run(comparison({ actual2021: 100, budget2022: 100 }));
    expect(result.findings.map(essentialOf)).toEqual([
      expect.objectContaining({
        rule: 'total-mismatch',
        cell: 'C7',
        expected: '112',
        actual: '113',
      }),
      expect.objectContaining({
        rule: 'total-mismatch',
        cell: 'D7',
        expected: '125',
        actual: '126',
      }),
    ]);
  });

  it('links disbursements naming no year to none when the budget states several, and says so', () => {
    const untitled = { ...DISBURSED, rows: DISBURSED.rows.slice(1) };
    // 两节慰问 named at A3 of the sheet without its title.
    const findings = run(comparison(), untitled).findings.map(essentialOf);
    expect(findings).toEqual([
      {
        rule: 'budget-actual-mismatch',
        severity: 'info',
        sheet: '发放明细',
        cell: 'A3',
        related: [],
        expected: null,
        actual: null,
      },
    ]);
  });
});
