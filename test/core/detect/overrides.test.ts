import {
  detectSheet,
  withOverride,
  withoutOverride,
  overrideCells,
} from '../../../src/core/detect';
import { reconcile } from '../../../src/core/reconcile';
import { grid } from '../../support/ruleTester';

// Two tables side by side whose 执行数 column has a header the product does not know (花费):
// the user pins it in each table. The second table's 花费 合计 is 15 where its lines give 11.
const tables = (statedTotal: number) =>
  grid({
    name: '收支',
    rows: [
      ['单位：元'],
      ['项目', '预算数', '花费', null, '项目', '预算数', '花费'],
      ['甲', 10, 9, null, '丙', 5, 5],
      ['乙', 20, 20, null, '丁', 7, 6],
      ['合计', 30, 29, null, '合计', 12, statedTotal],
    ],
  });
const sheet = tables(15);

describe('per-table column-role choices', () => {
  it('reads each table with its own choice of the same role', () => {
    const roles = { actual: ['C2', 'G2'] };
    const tables = detectSheet(sheet, roles).tables;
    expect(tables.map((table) => table.columns.map((c) => [c.col, c.role]))).toEqual([
      [
        [0, 'item'],
        [1, 'budget'],
        [2, 'actual'],
      ],
      [
        [4, 'item'],
        [5, 'budget'],
        [6, 'actual'],
      ],
    ]);
  });

  it("finds the wrong total of the second table's pinned column", () => {
    const result = reconcile(
      { sheets: [sheet] },
      { overrides: { 收支: { actual: ['C2', 'G2'] } } },
    );
    expect(result.findings.map((f) => [f.rule, f.cell, f.expected, f.actual, f.severity])).toEqual([
      ['total-mismatch', 'G5', '11', '15', 'error'],
    ]);
  });

  it('gives nothing on the clean variant, in both languages and strict', () => {
    const clean = tables(11);
    for (const language of ['zh-CN', 'en-US'] as const) {
      for (const strict of [false, true]) {
        const result = reconcile(
          { sheets: [clean] },
          { language, strict, overrides: { 收支: { actual: ['C2', 'G2'] } } },
        );
        expect(result.findings).toEqual([]);
      }
    }
  });

  it('a choice in another table is added; a choice in the same table replaces', () => {
    const first = { actual: 'C2' };
    const both = withOverride(first, 'actual', 'G2', detectSheet(sheet, first).tables);
    expect(both).toEqual({ actual: ['C2', 'G2'] });
    // A2 is the first table's 项目 header: the first table's choice gives way, the second's stays.
    const moved = withOverride(both, 'actual', 'A2', detectSheet(sheet, both).tables);
    expect(moved).toEqual({ actual: ['G2', 'A2'] });
    expect(overrideCells({ budget: 'B2', actual: ['C2', 'G2'] })).toEqual([
      { role: 'budget', cell: 'B2' },
      { role: 'actual', cell: 'C2' },
      { role: 'actual', cell: 'G2' },
    ]);
  });

  it('without the tables read, a choice replaces every choice of its role', () => {
    expect(withOverride({ budget: ['B1', 'F1'] }, 'budget', 'C1')).toEqual({ budget: 'C1' });
  });

  it('removing one table’s choice keeps the others', () => {
    expect(withoutOverride({ budget: ['B1', 'F1'], actual: 'C1' }, 'budget', 'B1')).toEqual({
      budget: 'F1',
      actual: 'C1',
    });
    expect(withoutOverride({ budget: 'F1', actual: 'C1' }, 'budget', 'F1')).toEqual({
      actual: 'C1',
    });
  });
});
