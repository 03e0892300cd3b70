import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { decodeRegistry } from '../../src/core/port/registry';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { toCellValue } from '../../src/excel/readGrid';
import { exampleGrid, EXAMPLE_SHEET } from '../excel-sim/exampleGrid';
import { simPort } from '../excel-sim/harness';
import { createSimHost } from '../excel-sim/host';
import { documentFromGrid, exportDocument, type SimDocument } from '../excel-sim/state';
import { rosterWorkbook } from '../support/rosterGrid';

/**
 * No half-marked workbook: a protected sheet stops the run before anything is written, a cell
 * with a threaded comment keeps its highlight without a note, and a failure half-way through
 * the writes leaves only marks the registry lists, so Clear removes them all.
 */
function registryCells(doc: SimDocument): string[] {
  const sheet = doc.sheets.find((s) => s.name === REGISTRY_SHEET);
  if (!sheet) return [];
  const grid: ReturnType<typeof toCellValue>[][] = [];
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / 16_384);
    (grid[row] ??= [null, null])[key % 16_384] = toCellValue(cell.value);
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [null, null];
  return decodeRegistry(grid).marks.map((m) => `${m.sheet}!${m.cell}`);
}

const filledCells = (doc: SimDocument): string[] =>
  exportDocument(doc)
    .filter((s) => s.name !== REGISTRY_SHEET)
    .flatMap((s) => Object.keys(s.fills).map((cell) => `${s.name}!${cell}`));

describe('the simulator models protection and threaded comments', () => {
  it('a protected sheet rejects format writes with AccessDenied', async () => {
    const doc = documentFromGrid(exampleGrid());
    doc.sheets[0].protected = true;
    const sim = createSimHost(doc);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(EXAMPLE_SHEET).getRange('D5').format.fill.color =
          '#FF0000';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(exportDocument(doc)[0].fills).toEqual({});
  });

  it('a cell with a threaded comment rejects notes.add', async () => {
    const doc = documentFromGrid(exampleGrid());
    doc.sheets[0].threadedComments = new Set(['D5']);
    const sim = createSimHost(doc);
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(EXAMPLE_SHEET).notes.add('D5', 'why');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('the adapter writes nothing half-way', () => {
  it('a protected sheet: nothing written anywhere, the sheet named', async () => {
    const doc = documentFromGrid(exampleGrid());
    doc.sheets[0].protected = true;
    const before = exportDocument(doc);
    const { port } = simPort(doc);
    await expect(reconcileWorkbook(port)).rejects.toMatchObject({
      name: 'ProtectedSheetError',
      sheets: [EXAMPLE_SHEET],
    });
    expect(exportDocument(doc)).toEqual(before);
  });

  it('a threaded-comment cell keeps the fill, gets no note, and is reported', async () => {
    const doc = documentFromGrid(exampleGrid());
    doc.sheets[0].threadedComments = new Set(['D5']);
    const before = exportDocument(doc);
    const { port } = simPort(doc);
    await reconcileWorkbook(port);
    const sheet = exportDocument(doc)[0];
    expect(sheet.fills.D5).toBeDefined();
    expect(sheet.notes.D5).toBeUndefined();
    expect(port.withoutNote).toEqual([{ sheet: EXAMPLE_SHEET, cell: 'D5' }]);
    // The summary lists it, as a link to the cell.
    const summary = doc.sheets.find((s) => s.name === '对账摘要')!;
    const texts = [...summary.cells.values()].map((cell) => String(cell.value));
    expect(texts).toContain(`${EXAMPLE_SHEET}!D5`);
    expect(texts.some((text) => text.startsWith('以下单元格已有批注'))).toBe(true);
    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(before);
  });

  it.each([40, 400, 900])(
    'a failure after %i writes leaves only marks the registry lists; Clear removes them',
    async (writes) => {
      const doc = documentFromGrid(
        rosterWorkbook({ size: 600, withLine: true, amountAt: () => 310 }),
      );
      const before = exportDocument(doc);
      const { port, host } = simPort(doc, { budget: 20_000 });
      host.stats.writesLeft = writes;
      await expect(reconcileWorkbook(port)).rejects.toMatchObject({ code: 'GeneralException' });
      const listed = new Set(registryCells(doc));
      const unlisted = filledCells(doc).filter((cell) => !listed.has(cell));
      expect(unlisted).toEqual([]);
      host.stats.writesLeft = undefined;
      await clearWorkbook(port);
      expect(exportDocument(doc)).toEqual(before);
    },
  );
});
