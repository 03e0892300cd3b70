import type { CellValue } from '../core/model/grid';
import { REGISTRY_SHEET } from '../core/port/marks';
import {
  decodeRegistry,
  encodeRegistry,
  REGISTRY_CELL_CHARS,
  type RegistryState,
  type SheetMarker,
} from '../core/port/registry';
import { SyncBatcher } from './batcher';
import { wireBytes } from './host';
import { toCellValue } from './readGrid';
import { queueMarkerReads } from './sheetMarkers';

/**
 * The marks registry as the xlsx adapter keeps it (src/core/port/registry.ts): a very hidden
 * sheet named REGISTRY_SHEET, a signature row, then one row per record. Both front ends encode
 * and decode it with the same core functions, so either can clear the other's marks.
 */
export interface Registry {
  readonly exists: boolean;
  /** Names of the workbook's sheets now: marks on a deleted sheet are dropped, not written. */
  readonly sheets: ReadonlySet<string>;
  /** Rows and columns the registry sheet uses, to blank before rewriting. */
  readonly rows: number;
  readonly cols: number;
  readonly state: RegistryState;
  /**
   * Every sheet's marker (sheetMarkers.ts), read with the registry when it exists and the host
   * has `Worksheet.names`; undefined when not read.
   */
  readonly markers?: readonly SheetMarker[];
}

/** Rows fetched per load are sized on this: a record is a few hundred bytes of JSON. */
const ROW_BYTES_ESTIMATE = 600;

/**
 * Reads the registry; with `withMarkers` (a host with ExcelApi 1.4) also every sheet's marker, in
 * the sync that sizes the registry, so records of a renamed sheet are found at no extra round trip.
 */
export async function readRegistry(
  context: Excel.RequestContext,
  budget: number,
  withMarkers = false,
): Promise<Registry> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const sheet = worksheets.getItemOrNullObject(REGISTRY_SHEET);
  await context.sync();
  const sheets = new Set(worksheets.items.map((item) => item.name));
  const empty = { sheets, rows: 0, cols: 0, state: { marks: [], sheets: [] } };
  if (sheet.isNullObject) return { exists: false, ...empty };
  const used = sheet
    .getUsedRangeOrNullObject(true)
    .load('rowIndex,rowCount,columnIndex,columnCount');
  const userSheets = [...sheets].filter((name) => name !== REGISTRY_SHEET);
  const readMarkers = withMarkers ? queueMarkerReads(context, userSheets) : undefined;
  await context.sync();
  const markers = readMarkers?.();
  if (used.isNullObject) return { exists: true, ...empty, markers };
  const rows = used.rowIndex + used.rowCount;
  const cols = Math.max(2, used.columnIndex + used.columnCount);
  const grid: CellValue[][] = [];
  const batcher = new SyncBatcher(context, budget);
  // A record split over extra columns carries up to REGISTRY_CELL_CHARS in each.
  const rowBytes = cols > 2 ? REGISTRY_CELL_CHARS * 3 * (cols - 1) : ROW_BYTES_ESTIMATE;
  const perChunk = Math.max(1, Math.floor(budget / rowBytes));
  for (let top = 0; top < rows; top += perChunk) {
    const count = Math.min(perChunk, rows - top);
    const start = top;
    await batcher.queue(count * rowBytes, () => {
      // Version 2 splits a long record over columns B, C, …: every used column is read.
      const range = sheet.getRangeByIndexes(start, 0, count, cols).load('values');
      return () => range.values.forEach((row, r) => (grid[start + r] = row.map(toCellValue)));
    });
  }
  await batcher.flush();
  return { exists: true, sheets, rows, cols, state: decodeRegistry(grid), markers };
}

/**
 * Queues the registry's new content: blank the old rows, write the new ones in blocks under
 * the budget, or delete the sheet when it would hold nothing, so that Clear leaves no trace.
 */
export async function queueRegistryWrite(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  registry: Registry,
  state: RegistryState,
  budget: number,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  if (state.marks.length === 0 && state.sheets.length === 0) {
    if (registry.exists) {
      await batcher.queue(200, () => {
        // Excel refuses to delete a VeryHidden sheet (InvalidOperation): make it Hidden first,
        // in the same batch, so the registry never shows.
        const sheet = worksheets.getItem(REGISTRY_SHEET);
        sheet.visibility = 'Hidden';
        sheet.delete();
      });
    }
    return;
  }
  await batcher.queue(200, () => {
    if (!registry.exists) {
      worksheets.add(REGISTRY_SHEET).visibility = 'VeryHidden';
    } else if (registry.rows > 0) {
      const old = worksheets.getItem(REGISTRY_SHEET);
      old.getRangeByIndexes(0, 0, registry.rows, registry.cols).clear('Contents');
    }
  });
  const lines = encodeRegistry(state);
  let top = 0;
  while (top < lines.length) {
    let bytes = 0;
    let end = top;
    while (end < lines.length && (end === top || bytes + wireBytes(lines[end]) < budget / 2)) {
      bytes += wireBytes(lines[end]);
      end += 1;
    }
    // A rectangle of values: rows shorter than the widest (a record split over cells) padded.
    const width = Math.max(2, ...lines.slice(top, end).map((line) => line.length));
    const block = lines
      .slice(top, end)
      .map((line) => [...line, ...Array<string>(width - line.length).fill('')]);
    const start = top;
    await batcher.queue(bytes + 100, () => {
      const sheet = worksheets.getItem(REGISTRY_SHEET);
      sheet.getRangeByIndexes(start, 0, block.length, width).values = block;
    });
    top = end;
  }
}
