import { statement, SHEET_01 } from '../../fixtures/official/statements';
import { essentialOf, findingsOfSpec, SETTINGS } from '../../support/officialRun';

/** The 收支总表's two halves must balance: 收入总计 = 支出总计, reported at 支出总计. */
describe('balance-mismatch on a 收支总表', () => {
  it.each(SETTINGS)('clean halves balance: nothing ($language, strict $strict)', (setting) => {
    expect(findingsOfSpec({ sheets: [statement({ header: 'merged' }).sheet] }, setting)).toEqual(
      [],
    );
  });

  it('a 年末结转和结余 of 0.72 万元 on the 支出 side only: 支出总计 off by 0.72, reported once', () => {
    // The side adds up (总计 = 本年支出合计 + 年末结转和结余), so only the balance is wrong.
    const { sheet, incomeGrandTotalRow, spendingGrandTotalRow } = statement({
      header: 'merged',
      plantCarryOver: 72,
    });
    const found = findingsOfSpec({ sheets: [sheet] });
    expect(found.map(essentialOf)).toEqual([
      {
        rule: 'balance-mismatch',
        severity: 'error',
        sheet: SHEET_01,
        cell: `F${spendingGrandTotalRow + 1}`,
        related: [`C${incomeGrandTotalRow + 1}`],
        expected: '176.87',
        actual: '177.59',
      },
    ]);
    expect(found[0].message).toBe(
      '支出总计 177.59 万元 与收入总计 176.87 万元 不平衡，相差 0.72 万元，超出尾差容许范围（±0.01 万元）。',
    );
  });

  it('a 支出总计 alone off by 0.72: its own sum (total-mismatch) and the balance both broken', () => {
    const { sheet, spendingTotalRow, spendingGrandTotalRow } = statement({
      header: 'merged',
      plantSpendingGrandTotal: 72,
    });
    const found = findingsOfSpec({ sheets: [sheet] }, { language: 'en-US', strict: false });
    expect(found.map(essentialOf)).toEqual([
      {
        rule: 'balance-mismatch',
        severity: 'error',
        sheet: SHEET_01,
        cell: `F${spendingGrandTotalRow + 1}`,
        related: [`C${spendingGrandTotalRow + 1}`],
        expected: '176.87',
        actual: '177.59',
      },
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_01,
        cell: `F${spendingGrandTotalRow + 1}`,
        related: [`F${spendingTotalRow + 1}:F${spendingTotalRow + 2}`],
        expected: '176.87',
        actual: '177.59',
      },
    ]);
  });
});
