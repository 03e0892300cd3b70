import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { REGISTRY_CELL_CHARS } from '../../src/core/port/registry';
import { cellKey, documentFromGrid, exportDocument } from '../excel-sim/state';
import { simPort } from '../excel-sim/harness';
import { exampleGrid, EXAMPLE_SHEET } from '../excel-sim/exampleGrid';

describe('the add-in’s registry (version 2) with a record longer than a cell holds', () => {
  it('splits it over several cells, never truncates it, and Clear restores the long note exactly', async () => {
    const doc = documentFromGrid(exampleGrid());
    const longNote = '经办人说明：'.repeat(8_000); // 48 000 characters
    doc.sheets[0].notes.set('D5', longNote);
    const before = exportDocument(doc);
    const { port } = simPort(doc);

    await reconcileWorkbook(port);
    const registry = doc.sheets.find((sheet) => sheet.name === REGISTRY_SHEET)!;
    const texts = [...registry.cells.values()].map((cell) => String(cell.value));
    expect(Math.max(...texts.map((text) => text.length))).toBeLessThanOrEqual(REGISTRY_CELL_CHARS);
    // The mark's row spans columns B, C, D, …: the record is whole across them.
    const markRow = [...registry.cells.entries()].find(([, cell]) => cell.value === 'mark')![0];
    expect(registry.cells.get(markRow + 3)?.value).toBeTruthy();
    expect(doc.sheets[0].notes.get('D5')).toMatch(/^(经办人说明：){8000}\n【对账】/);

    // Marking again (the registry rewritten over its wide rows) and clearing give the note back.
    await reconcileWorkbook(port);
    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(before);
    expect(doc.sheets[0].notes.get('D5')).toBe(longNote);
    expect(
      doc.sheets.find((s) => s.name === EXAMPLE_SHEET)?.cells.get(cellKey(4, 3)),
    ).toBeDefined();
  });
});
