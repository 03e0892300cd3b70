import { READ_LIMITS, ReadLimitError, readWorkbookGrid } from '../../src/xlsx/fast';
import { createSheetParser } from '../../src/xlsx/fast/sheet';
import { NO_STYLES } from '../../src/xlsx/fast/styles';
import { nodeInflateRaw } from '../../src/xlsx/fast/nodeInflate';
import { ZipParts } from '../../src/xlsx/fast/zip';
import { CellBudget } from '../../src/xlsx/fast/limits';
import { craftedXlsx } from '../support/craftedPackage';
import { deflated, packageAround, WORKSHEET_HEAD, WORKSHEET_TAIL } from '../support/hostile';

const encoder = new TextEncoder();
const context = { sharedStrings: [], styles: NO_STYLES, date1904: false, part: 'sheet.xml' };

/** Feeds a sheet to the streaming parser in 1 MB chunks of `row` repeated `times` times. */
function feed(row: string, times: number, perChunk: number, cells: CellBudget): void {
  const parser = createSheetParser({ ...context, cells }, new Set(), undefined);
  parser.push(encoder.encode(WORKSHEET_HEAD), false);
  const chunk = encoder.encode(row.repeat(perChunk));
  for (let sent = 0; sent < times; sent += perChunk) parser.push(chunk, false);
  parser.push(encoder.encode(WORKSHEET_TAIL), true);
}

describe('fast reader limits', () => {
  it('reads a real 1 048 576-row sheet to its last row', () => {
    const rows: string[] = [];
    for (let r = 1; r <= READ_LIMITS.rows; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const bytes = packageAround([
      deflated('xl/worksheets/sheet1.xml', `${WORKSHEET_HEAD}${rows.join('')}${WORKSHEET_TAIL}`),
    ]);
    const grid = readWorkbookGrid(bytes, { inflateRaw: nodeInflateRaw });
    const sheet = grid.sheets[0];
    expect(sheet.rows).toHaveLength(READ_LIMITS.rows);
    expect(sheet.rows[READ_LIMITS.rows - 1]).toEqual([READ_LIMITS.rows]);
  }, 180_000);

  it('stops at the cell limit while streaming', () => {
    // The workbook's budget (10 000 000 cells) scaled down: rows without r follow one
    // another, 16 cells a row, streamed in chunks; the run stops once the budget is spent.
    const row = `<row>${'<c><v>1</v></c>'.repeat(16)}</row>`;
    expect(READ_LIMITS.cells).toBe(10_000_000);
    expect(() => feed(row, 70_000, 4096, new CellBudget(1_000_000))).toThrow(
      new ReadLimitError(
        'sheet.xml: more than 1 000 000 cells in the workbook (the limit on cells)',
      ),
    );
    expect(() => feed(row, 60_000, 4096, new CellBudget(1_000_000))).not.toThrow();
  }, 60_000);

  it('stops an unfinished token that would be carried from chunk to chunk forever', () => {
    const parser = createSheetParser(context, new Set(), undefined);
    parser.push(
      encoder.encode(`${WORKSHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`),
      false,
    );
    const text = encoder.encode('字'.repeat(512 * 1024));
    expect(() => {
      for (let i = 0; i < 8; i++) parser.push(text, false);
    }).toThrow(/sheet\.xml: one XML text or tag is over 4 MB \(the limit per token\)/);
  });

  it('refuses more merged ranges than a sheet may hold', () => {
    const merges = Array.from(
      { length: READ_LIMITS.merges + 1 },
      (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 1}"/>`,
    ).join('');
    const xml = `${WORKSHEET_HEAD}${WORKSHEET_TAIL.replace('</worksheet>', '')}<mergeCells>${merges}</mergeCells></worksheet>`;
    const bytes = craftedXlsx([{ name: 'Sheet1', xml }]);
    expect(() => readWorkbookGrid(bytes, { inflateRaw: nodeInflateRaw })).toThrow(
      /xl\/worksheets\/sheet1\.xml: more than 20 000 merged ranges \(the limit per sheet\)/,
    );
  }, 30_000);

  it('refuses a package whose parts together declare more than the workbook limit', () => {
    // Three parts of 400 MB each at 200 : 1: each under its own limits, together over 1 GB.
    const part = (name: string): ReturnType<typeof deflated> => ({
      name,
      data: new Uint8Array(2 * 1024 * 1024 + 1),
      method: 8,
      size: 400 * 1024 * 1024,
    });
    const bytes = packageAround([part('xl/worksheets/sheet1.xml')], [part('a.bin'), part('b.bin')]);
    expect(() => new ZipParts(bytes).checkDeclaredSizes()).toThrow(
      /b\.bin: the parts read inflate to more than 1024 MB, the limit per workbook/,
    );
  });

  it('catches a size that lies with fflate too (the browser inflater), while streaming', () => {
    const xml = `${WORKSHEET_HEAD}${'<x/>'.repeat(1024 * 1024)}${WORKSHEET_TAIL}`;
    const bytes = packageAround([{ ...deflated('xl/worksheets/sheet1.xml', xml), size: 1000 }]);
    expect(() => readWorkbookGrid(bytes)).toThrow(
      /xl\/worksheets\/sheet1\.xml: inflates to more than the 1 000 bytes its zip entry declares/,
    );
  });
});
