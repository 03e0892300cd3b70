import fc from 'fast-check';
import { evaluateFormulas, parseFormula, shiftFormula, sumRanges } from '../../../src/core/formula';
import { unknownFigure, type CellValue, type SheetGrid } from '../../../src/core/model/grid';

const PENDING = unknownFigure('no-result');

describe('formulas from files are untrusted text', () => {
  const pieces = fc.constantFrom(
    'SUM(',
    'ROUND(',
    'VLOOKUP(',
    ')',
    ',',
    '+',
    '-',
    '*',
    '/',
    '%',
    '^',
    '&',
    '=',
    '<>',
    ':',
    'A1',
    '$B$2',
    'C:C',
    '3:4',
    "'S 1'!",
    'S!',
    '"x"',
    '#REF!',
    'TRUE',
    '1.5',
    '1e3',
    ' ',
    '(',
    "'",
    '{',
    '[',
    '!',
  );
  const formula = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')),
  );

  it('never makes the reader, the shifter or the evaluator throw', () => {
    fc.assert(
      fc.property(
        formula,
        fc.integer({ min: -5, max: 5 }),
        fc.integer({ min: -5, max: 5 }),
        (text, rows, cols) => {
          parseFormula(text);
          sumRanges(text, 'S');
          shiftFormula(text, rows, cols);
          const sheet: SheetGrid = {
            name: 'S',
            visibility: 'visible',
            rows: [
              [1, PENDING],
              [2, 'x'],
            ],
            numFmts: [],
            formulas: [[undefined, text]],
            merges: [],
          };
          const value = evaluateFormulas({ sheets: [sheet] }).sheets[0].rows[0]?.[1];
          expect(typeof value === 'number' || (typeof value === 'object' && value !== null)).toBe(
            true,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('sums in exact fen', () => {
  it('SUM over any column of 2-decimal figures gives their integer-fen sum, never a float sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e11, max: 1e11 }), { minLength: 1, maxLength: 60 }),
        (fens) => {
          const rows: CellValue[][] = fens.map((fen) => [fen / 100]);
          rows.push([PENDING]);
          const sheet: SheetGrid = {
            name: 'S',
            visibility: 'visible',
            rows,
            numFmts: [],
            formulas: Object.assign([], { [fens.length]: [`SUM(A1:A${fens.length})`] }),
            merges: [],
          };
          const total = evaluateFormulas({ sheets: [sheet] }).sheets[0].rows[fens.length]?.[0];
          const exact = fens.reduce((sum, fen) => sum + BigInt(fen), 0n);
          const negative = exact < 0n;
          const magnitude = negative ? -exact : exact;
          const text = `${negative ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
          expect(total).toBe(Number(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
