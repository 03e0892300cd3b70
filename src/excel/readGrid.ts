import type {
  CellRange,
  CellValue,
  SheetGrid,
  SheetVisibility,
  WorkbookGrid,
} from '../core/model/grid';
import { parseAreas } from './addresses';
import { SyncBatcher } from './batcher';
import { SYNC_BUDGET_BYTES, wireBytes, type ExcelCapabilities } from './host';

/** office.js reports error cells in `values` as their text; these are Excel's error literals. */
const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** Floor of one cell's cost (value + number format as JSON) when planning a block. */
const MIN_CELL_BYTES = 64;

/** Rows read first from a large sheet to measure what its rows really cost. */
const PROBE_ROWS = 1000;

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

interface UsedArea {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

interface SheetState {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly worksheet: Excel.Worksheet;
  used?: UsedArea;
  merges: CellRange[];
  rows: (CellValue[] | undefined)[];
  numFmts: ((string | undefined)[] | undefined)[];
  /** Largest measured cost of one row, which sizes the next chunk. */
  rowBytes: number;
}

/** One office.js `values` entry as the core's CellValue: '' is empty, error literals are errors. */
export function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  return ERROR_TEXT.test(value) ? { error: value } : value;
}

/** Copies one loaded block into the sheet's grid, measuring what each row cost. */
function absorb(state: SheetState, top: number, values: unknown[][], formats: unknown[][]): void {
  const left = state.used?.col ?? 0;
  values.forEach((row, r) => {
    state.rowBytes = Math.max(state.rowBytes, wireBytes(row) + wireBytes(formats[r]));
    let cells: CellValue[] | undefined;
    let fmts: (string | undefined)[] | undefined;
    row.forEach((raw, c) => {
      const value = toCellValue(raw);
      if (value === null) return;
      cells ??= [];
      cells[left + c] = value;
      const format = formats[r]?.[c];
      if (typeof value === 'number' && typeof format === 'string' && format !== 'General') {
        fmts ??= [];
        fmts[left + c] = format;
      }
    });
    if (!cells) return;
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    state.rows[top + r] = cells;
    if (fmts) state.numFmts[top + r] = fmts;
  });
}

async function loadSheets(context: Excel.RequestContext): Promise<SheetState[]> {
  const worksheets = context.workbook.worksheets.load('items/name,items/visibility');
  await context.sync();
  return worksheets.items.map((worksheet) => ({
    name: worksheet.name,
    visibility: VISIBILITY[worksheet.visibility] ?? 'visible',
    worksheet,
    merges: [],
    rows: [],
    numFmts: [],
    rowBytes: 0,
  }));
}

/** Used range of every sheet in one sync; merges in a second one that may fail alone. */
async function loadExtents(
  context: Excel.RequestContext,
  sheets: SheetState[],
  capabilities: ExcelCapabilities,
): Promise<void> {
  const used = sheets.map((sheet) =>
    sheet.worksheet
      .getUsedRangeOrNullObject(true)
      .load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  await context.sync();
  used.forEach((range, i) => {
    if (range.isNullObject) return;
    const area = { row: range.rowIndex, col: range.columnIndex };
    sheets[i].used = { ...area, rows: range.rowCount, cols: range.columnCount };
  });
  if (!capabilities.merges) return;
  const merged = sheets.map((sheet) =>
    sheet.worksheet.getRange().getMergedAreasOrNullObject().load('address'),
  );
  try {
    await context.sync();
  } catch {
    // Excel refuses sheets with more than 512 merged areas; merges only help detection find
    // titles, so reading none is better than not reconciling.
    return;
  }
  merged.forEach((areas, i) => {
    if (!areas.isNullObject && areas.address) sheets[i].merges = parseAreas(areas.address);
  });
}

/** Loads every used range in row blocks, several blocks per sync, none over the budget. */
async function loadCells(
  context: Excel.RequestContext,
  sheets: SheetState[],
  budget: number,
): Promise<void> {
  const batcher = new SyncBatcher(context, budget);
  for (const sheet of sheets) {
    const used = sheet.used;
    if (!used) continue;
    let offset = 0;
    while (offset < used.rows) {
      const rowBytes = Math.max(sheet.rowBytes * 1.25, used.cols * MIN_CELL_BYTES);
      const fit = Math.max(1, Math.floor(budget / rowBytes));
      const probing = sheet.rowBytes === 0 && used.rows - offset > Math.min(fit, PROBE_ROWS);
      const rows = Math.min(used.rows - offset, probing ? Math.min(fit, PROBE_ROWS) : fit);
      const top = used.row + offset;
      await batcher.queue(rows * rowBytes, () => {
        const range = sheet.worksheet
          .getRangeByIndexes(top, used.col, rows, used.cols)
          .load('values,numberFormat');
        return () => absorb(sheet, top, range.values, range.numberFormat);
      });
      // A large sheet's first block is sent alone so the rest is sized from measured rows,
      // not from a guess that long text cells would break.
      if (probing) await batcher.flush();
      offset += rows;
    }
  }
  await batcher.flush();
}

/**
 * Every sheet's values, number formats and merges: 2–3 syncs, one more per sheet that needs
 * several blocks (its first block, sent alone to measure rows), and one per ~3 MB of cells.
 */
export async function readWorkbookGrid(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  budget = SYNC_BUDGET_BYTES,
): Promise<WorkbookGrid> {
  const sheets = await loadSheets(context);
  await loadExtents(context, sheets, capabilities);
  await loadCells(context, sheets, budget);
  return {
    sheets: sheets.map((sheet): SheetGrid => ({
      name: sheet.name,
      visibility: sheet.visibility,
      rows: sheet.rows,
      numFmts: sheet.numFmts,
      merges: sheet.merges,
    })),
  };
}
