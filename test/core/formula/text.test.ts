import { referencedRanges, shiftFormula, sumRanges } from '../../../src/core/formula';

describe('shiftFormula (shared formulas)', () => {
  it('moves relative rows and columns, keeps $ anchors and everything else as written', () => {
    expect(shiftFormula('SUM(B4:B7)', 0, 1)).toBe('SUM(C4:C7)');
    expect(shiftFormula("$A$1+A$1+$A1+'收入 明细'!C3*2", 2, 1)).toBe(
      "$A$1+B$1+$A3+'收入 明细'!D5*2",
    );
    expect(shiftFormula('SUM(D:D)+4:4+LOG10(A1)+"A1"', 1, 1)).toBe('SUM(E:E)+5:5+LOG10(B2)+"A1"');
    expect(shiftFormula('收入!A1-1', 0, 0)).toBe('收入!A1-1');
  });

  it('writes #REF! for a reference pushed off the grid, keeping its sheet', () => {
    expect(shiftFormula('A1-1', -1, 0)).toBe('#REF!-1');
    expect(shiftFormula("'S 1'!A1+B2", 0, -1)).toBe("'S 1'!#REF!+A2");
  });
});

describe('sumRanges (a total formula as evidence)', () => {
  it('gives the ranges SUM adds up, each on its sheet', () => {
    expect(sumRanges('SUM(D8:D8)', '收入')).toEqual([
      { sheet: '收入', range: { top: 7, left: 3, bottom: 7, right: 3 } },
    ]);
    expect(sumRanges("=SUM(D8:D9,'支出 表'!$E$2)+SUM(F1)-G1", 'S')).toEqual([
      { sheet: 'S', range: { top: 7, left: 3, bottom: 8, right: 3 } },
      { sheet: '支出 表', range: { top: 1, left: 4, bottom: 1, right: 4 } },
      { sheet: 'S', range: { top: 0, left: 5, bottom: 0, right: 5 } },
    ]);
  });

  it('is undefined without a SUM over references or when the text is not a formula', () => {
    expect(sumRanges('D8+D9', 'S')).toBeUndefined();
    expect(sumRanges('SUM(1,2)', 'S')).toBeUndefined();
    expect(sumRanges('SUM(D8:D9', 'S')).toBeUndefined();
  });

  it('referencedRanges lists every reference, in and outside SUM', () => {
    expect(referencedRanges('D8+SUM(D9:D10)', 'S')).toEqual([
      { sheet: 'S', range: { top: 7, left: 3, bottom: 7, right: 3 } },
      { sheet: 'S', range: { top: 8, left: 3, bottom: 9, right: 3 } },
    ]);
  });
});
