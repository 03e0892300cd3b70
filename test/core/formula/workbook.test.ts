import { evaluateFormulas } from '../../../src/core/formula';
import { parseA1 } from '../../../src/core/model/address';
import {
  unknownFigure,
  type CellValue,
  type SheetGrid,
  type WorkbookGrid,
} from '../../../src/core/model/grid';

const PENDING = unknownFigure('no-result');

/** A sheet from A1 → value or `=formula` (saved without a result). */
function sheet(name: string, cells: Record<string, CellValue>): SheetGrid {
  const rows: CellValue[][] = [];
  const formulas: string[][] = [];
  for (const [address, content] of Object.entries(cells)) {
    const { row, col } = parseA1(address);
    const isFormula = typeof content === 'string' && content.startsWith('=');
    (rows[row] ??= [])[col] = isFormula ? PENDING : content;
    if (isFormula) (formulas[row] ??= [])[col] = content.slice(1);
  }
  for (const row of rows) if (row) for (let c = 0; c < row.length; c++) row[c] ??= null;
  return { name, visibility: 'visible', rows, numFmts: [], formulas, merges: [] };
}

function at(grid: WorkbookGrid, sheetName: string, address: string): CellValue {
  const { row, col } = parseA1(address);
  return grid.sheets.find((s) => s.name === sheetName)!.rows[row]?.[col] ?? null;
}

describe('evaluateFormulas', () => {
  it('evaluates formulas over other formulas and other sheets, in any order', () => {
    const grid = {
      sheets: [
        sheet('收支', { A1: '=A2+明细!B3', A2: "='明细 二'!A1*2", A3: '=SUM(A1:A2)' }),
        sheet('明细', { B1: 0.1, B2: 0.2, B3: '=SUM(B1:B2)' }),
        sheet('明细 二', { A1: '=1/3' }),
      ],
    };
    const evaluated = evaluateFormulas(grid);
    expect(at(evaluated, '明细', 'B3')).toBe(0.3);
    expect(at(evaluated, '明细 二', 'A1')).toBe(0.333333333333333);
    // 2/3 + 0.3, held at 15 significant digits.
    expect(at(evaluated, '收支', 'A1')).toBe(0.966666666666667);
    expect(at(evaluated, '收支', 'A3')).toBe(1.63333333333333);
  });

  it('matches sheet names without regard to case, and bounds whole columns by the used area', () => {
    const grid = {
      sheets: [
        sheet('Data', { A1: 1, A2: 2, A3: 3 }),
        sheet('T', { B1: '=SUM(data!A:A)+data!A1' }),
      ],
    };
    expect(at(evaluateFormulas(grid), 'T', 'B1')).toBe(7);
  });

  it('marks a cycle and what depends on it, and names the function that is not arithmetic', () => {
    const grid = {
      sheets: [
        sheet('S', {
          A1: '=B1+1',
          B1: '=A1+1',
          C1: '=A1*2',
          D1: '=SUM(D2:D3)',
          D2: '=VLOOKUP(1,A:B,2,FALSE)',
          D3: '=D3',
          E1: '="x"',
          E2: 'text',
          E3: '=E2+1',
        }),
      ],
    };
    const evaluated = evaluateFormulas(grid);
    expect(at(evaluated, 'S', 'A1')).toEqual(unknownFigure('cycle'));
    expect(at(evaluated, 'S', 'B1')).toEqual(unknownFigure('cycle'));
    expect(at(evaluated, 'S', 'C1')).toEqual(unknownFigure('cycle'));
    expect(at(evaluated, 'S', 'D2')).toEqual(unknownFigure('unsupported', 'VLOOKUP'));
    expect(at(evaluated, 'S', 'D3')).toEqual(unknownFigure('cycle'));
    expect(at(evaluated, 'S', 'D1')).toEqual(unknownFigure('unknown-input'));
    expect(at(evaluated, 'S', 'E1')).toEqual(unknownFigure('unsupported'));
    expect(at(evaluated, 'S', 'E3')).toEqual(unknownFigure('unknown-input'));
  });

  it('leaves a workbook without pending formulas as it is, and keeps cached results', () => {
    const plain = { sheets: [sheet('S', { A1: 1, A2: 2 })] };
    expect(evaluateFormulas(plain)).toBe(plain);
    const cached: WorkbookGrid = {
      sheets: [{ ...sheet('S', { A1: 1, A2: 300 }), formulas: [undefined, ['A1*2']] }],
    };
    expect(evaluateFormulas(cached)).toBe(cached);
  });

  it('evaluates a chain of 30 000 formulas without overflowing the stack', () => {
    const cells: Record<string, CellValue> = { A1: 0.01 };
    for (let row = 2; row <= 30_000; row++) cells[`A${row}`] = `=A${row - 1}+0.01`;
    const evaluated = evaluateFormulas({ sheets: [sheet('Chain', cells)] });
    expect(at(evaluated, 'Chain', 'A30000')).toBe(300);
  }, 30_000);
});
