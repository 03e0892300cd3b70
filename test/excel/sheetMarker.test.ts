import path from 'node:path';
import { MARK_FILL, REGISTRY_SHEET, SHEET_MARKER_NAME } from '../../src/core/port/marks';
import { decodeRegistry, encodeRegistry } from '../../src/core/port/registry';
import type { MarkRecord } from '../../src/core/port/marks';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { toCellValue } from '../../src/excel/readGrid';
import { planMarkers } from '../../src/excel/sheetMarkers';
import { simPort } from '../excel-sim/harness';
import { createSimHost, type SimHostOptions } from '../excel-sim/host';
import {
  cellKey,
  COLS,
  copySheet,
  emptyCell,
  exportDocument,
  type SheetExport,
  type SimDocument,
} from '../excel-sim/state';
import { documentFromXlsx } from '../excel-sim/xlsx';

/**
 * The rename-proof sheet marker in the add-in: a sheet the user renamed after the add-in marked
 * it is still cleared, because its records carry the key of a sheet-scoped name that Excel keeps
 * with the sheet.
 */
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'text-numbers.xlsx');
const SHEET = '支出';
const RENAMED = '支出（已改名）';
const HIDDEN_MARKER = { [SHEET_MARKER_NAME]: { formula: '="s1"', visible: false } };

/** The fixture (marks on 支出!C4 and C6) with the user's own note on C4 and fill on C6. */
async function workbook(): Promise<SimDocument> {
  const doc = await documentFromXlsx(FIXTURE);
  const sheet = doc.sheets.find((s) => s.name === SHEET)!;
  sheet.notes.set('C4', '财务科已核对');
  const c6 = sheet.cells.get(cellKey(5, 2)) ?? emptyCell();
  c6.fill = { pattern: 'Gray25', color: '#FFFF00', patternColor: '#0070C0' };
  sheet.cells.set(cellKey(5, 2), c6);
  return doc;
}

function registryOf(doc: SimDocument): { version: unknown; marks: readonly MarkRecord[] } {
  const sheet = doc.sheets.find((s) => s.name === REGISTRY_SHEET);
  if (!sheet) return { version: undefined, marks: [] };
  const grid: ReturnType<typeof toCellValue>[][] = [];
  for (const [key, cell] of sheet.cells) {
    (grid[Math.floor(key / COLS)] ??= [null, null])[key % COLS] = toCellValue(cell.value);
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [null, null];
  return { version: grid[0]?.[1], marks: decodeRegistry(grid).marks };
}

async function rename(doc: SimDocument, from: string, to: string): Promise<void> {
  await createSimHost(doc).Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

/** What the workbook looked like before marking, with the sheet under its new name. */
const renamedIn = (before: SheetExport[]): SheetExport[] =>
  before.map((s) => (s.name === SHEET ? { ...s, name: RENAMED } : s));

describe('sheet markers written by the add-in', () => {
  it('marks with a hidden marker and keyed records; Clear after a rename restores everything', async () => {
    const doc = await workbook();
    const before = exportDocument(doc);
    const { port } = simPort(doc);
    await reconcileWorkbook(port);

    const marked = exportDocument(doc).find((s) => s.name === SHEET)!;
    expect(marked.names).toEqual(HIDDEN_MARKER);
    expect(Object.keys(marked.fills).sort()).toEqual(['C4', 'C6']);
    expect(marked.notes.C4).toMatch(/^财务科已核对\n【对账】/);
    expect(registryOf(doc).marks.map((r) => [r.sheet, r.sheetKey, r.cell])).toEqual([
      [SHEET, 's1', 'C4'],
      [SHEET, 's1', 'C6'],
    ]);

    await rename(doc, SHEET, RENAMED);
    await clearWorkbook(port);
    // Every cell's fill and note as the user had them, no summary, no registry, no marker.
    expect(exportDocument(doc)).toEqual(renamedIn(before));
  });

  it('re-run after a rename equals one run on the renamed sheet, and clears back', async () => {
    const doc = await workbook();
    const before = exportDocument(doc);
    const { port } = simPort(doc);
    await reconcileWorkbook(port);
    await rename(doc, SHEET, RENAMED);
    await reconcileWorkbook(port);

    const once = await workbook();
    await rename(once, SHEET, RENAMED);
    await reconcileWorkbook(simPort(once).port);
    expect(exportDocument(doc)).toEqual(exportDocument(once));
    // The user's own fill and note were kept as "previous", not our marks of the first run.
    expect(registryOf(doc).marks.map((r) => [r.sheet, r.sheetKey, r.previousNote])).toEqual([
      [RENAMED, 's1', '财务科已核对'],
      [RENAMED, 's1', null],
    ]);
    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(renamedIn(before));
  });

  it('a marker left visible (a host that ignores hiding) is found just the same', async () => {
    const doc = await workbook();
    const before = exportDocument(doc);
    const options: SimHostOptions = { quirks: { namesIgnoreHiding: true } };
    const { port } = simPort(doc, options);
    await reconcileWorkbook(port);
    // The user (or Name Manager) shows the name: the key is what counts.
    doc.sheets.find((s) => s.name === SHEET)!.names![0].visible = true;
    await rename(doc, SHEET, RENAMED);
    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(renamedIn(before));
  });

  it('clears a version-1 registry (no sheetKey, no marker) by sheet name', async () => {
    const doc = await workbook();
    const before = exportDocument(doc);
    const { port } = simPort(doc);
    await reconcileWorkbook(port);
    // Rewrite the registry as version 1 wrote it: JSON in column B, no keys; no marker.
    const registry = doc.sheets.find((s) => s.name === REGISTRY_SHEET)!;
    const { marks } = registryOf(doc);
    const v1 = marks.map(({ sheetKey: _key, ...record }) => record);
    const rows = encodeRegistry({ marks: v1, sheets: [] }).map((row, r) =>
      r === 0 ? [row[0], '1'] : row,
    );
    const cells = registry.cells;
    cells.clear();
    rows.forEach((row, r) =>
      row.forEach((value, c) => cells.set(cellKey(r, c), { ...emptyCell(), value })),
    );
    delete doc.sheets.find((s) => s.name === SHEET)!.names;
    expect(registryOf(doc).version).toBe('1');
    expect(registryOf(doc).marks.every((m) => m.sheetKey === undefined)).toBe(true);
    await clearWorkbook(port);
    // The fills and notes come back; the summary sheet was not listed in this registry.
    const cleared = exportDocument(doc).filter((s) => before.some((b) => b.name === s.name));
    expect(cleared).toEqual(before);
  });

  it('without ExcelApi 1.4 writes no marker or key, and Clear finds the sheet by name', async () => {
    const doc = await workbook();
    const before = exportDocument(doc);
    const { port } = simPort(doc, { excelApi: '1.3' });
    await reconcileWorkbook(port);
    expect(exportDocument(doc).find((s) => s.name === SHEET)!.names).toBeUndefined();
    expect(registryOf(doc).marks.map((r) => r.sheetKey)).toEqual([undefined, undefined]);
    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(before);
  });

  it('without ExcelApi 1.4, a renamed sheet keeps its marks (said in docs/addin.md)', async () => {
    const doc = await workbook();
    const { port } = simPort(doc, { excelApi: '1.3' });
    await reconcileWorkbook(port);
    await rename(doc, SHEET, RENAMED);
    await clearWorkbook(port);
    const sheet = exportDocument(doc).find((s) => s.name === RENAMED)!;
    expect(sheet.fills.C4).toEqual({
      pattern: 'Solid',
      color: `#${MARK_FILL.error}`,
      patternColor: '#000000',
    });
    expect(sheet.fills.C6?.pattern).toBe('Solid');
    // Such a host has no notes either (ExcelApi 1.18): the user's note was never touched.
    expect(sheet.notes).toEqual({ C4: '财务科已核对' });
  });

  it('a copy of a marked sheet carries the same key: Clear restores the original by name', async () => {
    const doc = await workbook();
    const before = exportDocument(doc).find((s) => s.name === SHEET)!;
    const { port } = simPort(doc);
    await reconcileWorkbook(port);
    copySheet(doc, SHEET, '支出 (2)');
    const copy = exportDocument(doc).find((s) => s.name === '支出 (2)')!;
    await clearWorkbook(port);
    // The records' key is on two sheets: neither is trusted, the recorded name decides.
    expect(exportDocument(doc).find((s) => s.name === SHEET)).toEqual(before);
    // The copy keeps the copied highlights and notes; its copied marker goes with Clear.
    expect(exportDocument(doc).find((s) => s.name === '支出 (2)')).toEqual({
      ...copy,
      names: undefined,
    });
  });

  it('marking a copy gives it a key of its own', async () => {
    const doc = await workbook();
    await reconcileWorkbook(simPort(doc).port);
    copySheet(doc, SHEET, '支出 (2)');
    await reconcileWorkbook(simPort(doc).port);
    expect(exportDocument(doc).map((s) => [s.name, s.names?.[SHEET_MARKER_NAME]?.formula])).toEqual(
      [
        [SHEET, '="s1"'],
        ['支出 (2)', '="s2"'],
        expect.arrayContaining([undefined]),
        expect.arrayContaining([undefined]),
      ],
    );
  });

  it('reuses the sheet marker the command line wrote', async () => {
    const doc = await workbook();
    const sheet = doc.sheets.find((s) => s.name === SHEET)!;
    sheet.names = [{ name: SHEET_MARKER_NAME, formula: '="s7"', visible: false, comment: '' }];
    await reconcileWorkbook(simPort(doc).port);
    expect(exportDocument(doc).find((s) => s.name === SHEET)!.names).toEqual({
      [SHEET_MARKER_NAME]: { formula: '="s7"', visible: false },
    });
    expect(registryOf(doc).marks.map((r) => r.sheetKey)).toEqual(['s7', 's7']);
  });
});

describe('planMarkers', () => {
  it('reuses a key, gives new sheets free keys, re-keys a copy, drops unmarked sheets', () => {
    const found = [
      { sheet: '预算', key: 's1' },
      { sheet: '预算 (2)', key: 's1' },
      { sheet: '旧表', key: 's2' },
    ];
    const plan = planMarkers(found, ['预算', '预算 (2)', '明细', '预算']);
    expect([...plan.keys]).toEqual([
      ['预算', 's1'],
      ['预算 (2)', 's3'],
      ['明细', 's4'],
    ]);
    expect(plan.add).toEqual([
      { sheet: '预算 (2)', key: 's3', replace: true },
      { sheet: '明细', key: 's4', replace: false },
    ]);
    expect(plan.remove).toEqual(['旧表']);
  });
});
