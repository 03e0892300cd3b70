import { combinedNote, MARK_FILL, type Mark, type MarkRecord } from '../core/port/marks';
import { writeBatcher, type SyncBatcher } from './batcher';
import { cellKeyOf, loadCellStates, Worksheets, type CellState } from './cellStates';
import { isMarkFill, restoreFill, snapshotOf } from './fills';
import { wireBytes, type ExcelCapabilities } from './host';
import { EMPTY_REGISTRY } from '../core/port/registry';
import { queueRegistryWrite, readRegistry } from './registry';
import { ourSummarySheets } from './summary';

/** Rough cost of one cell's write actions, before its note text. */
const CELL_WRITE_BYTES = 400;

/**
 * Puts a cell back as the registry recorded it, but only what is still ours: a fill the user
 * changed or a note the user edited since marking stays as the user left it.
 */
async function queueRestore(
  batcher: SyncBatcher,
  record: MarkRecord,
  state: CellState,
  capabilities: ExcelCapabilities,
): Promise<void> {
  const bytes = CELL_WRITE_BYTES + wireBytes(record.previousNote);
  await batcher.queue(bytes, () => {
    if (isMarkFill(state.fill)) restoreFill(state.range.format.fill, record.previousFill);
    if (!capabilities.notes || !state.note || state.noteText !== record.note) return;
    if (record.previousNote === null) state.note.delete();
    else state.note.content = record.previousNote;
  });
}

/**
 * Fills the cell and writes `note` (the product's text, below the user's own note when the cell
 * had one before the product first marked it).
 */
async function queueMark(
  batcher: SyncBatcher,
  worksheets: Worksheets,
  mark: Mark,
  note: string,
  state: CellState,
  capabilities: ExcelCapabilities,
): Promise<void> {
  await batcher.queue(CELL_WRITE_BYTES + wireBytes(note), () => {
    // Setting only the colour would keep a patterned cell's pattern over our highlight.
    state.range.format.fill.pattern = 'Solid';
    state.range.format.fill.color = `#${MARK_FILL[mark.severity]}`;
    if (!capabilities.notes) return;
    if (state.note) state.note.content = note;
    else worksheets.get(mark.sheet).notes.add(state.range, note);
  });
}

/** The first record per cell: a later duplicate would hold our own mark as "previous". */
function firstPerCell(records: readonly MarkRecord[]): Map<string, MarkRecord> {
  const byCell = new Map<string, MarkRecord>();
  for (const record of records)
    if (!byCell.has(cellKeyOf(record))) byCell.set(cellKeyOf(record), record);
  return byCell;
}

/**
 * Replaces the product's marks with `marks` in one pass: restore cells no longer marked, mark
 * new ones (recording their fill and note first), keep the original "previous" of cells marked
 * again, and rewrite the registry — reads and writes each batched under the payload budget.
 */
export async function applyMarksIn(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  marks: readonly Mark[],
  budget: number,
): Promise<void> {
  const registry = await readRegistry(context, budget);
  const previous = firstPerCell(registry.state.marks.filter((r) => registry.sheets.has(r.sheet)));
  const wanted = new Map<string, Mark>();
  for (const mark of marks) if (registry.sheets.has(mark.sheet)) wanted.set(cellKeyOf(mark), mark);
  const removed = [...previous.values()].filter((record) => !wanted.has(cellKeyOf(record)));

  const worksheets = new Worksheets(context);
  const cells = [...removed, ...wanted.values()];
  const states = await loadCellStates(context, worksheets, cells, capabilities, budget);
  const batcher = writeBatcher(context, budget);
  for (const record of removed) {
    await queueRestore(batcher, record, states.get(cellKeyOf(record))!, capabilities);
  }
  const records: MarkRecord[] = [];
  for (const [key, mark] of wanted) {
    const state = states.get(key)!;
    const prior = previous.get(key);
    const previousNote = prior ? prior.previousNote : state.noteText;
    const note = capabilities.notes ? combinedNote(previousNote, mark.note) : mark.note;
    records.push({
      sheet: mark.sheet,
      cell: mark.cell,
      previousFill: prior ? prior.previousFill : snapshotOf(state.fill),
      previousNote,
      ...(prior?.previousNoteRaw !== undefined ? { previousNoteRaw: prior.previousNoteRaw } : {}),
      note,
    });
    await queueMark(batcher, worksheets, mark, note, state, capabilities);
  }
  await queueRegistryWrite(
    context,
    batcher,
    registry,
    { marks: records, sheets: registry.state.sheets },
    budget,
  );
  await batcher.flush();
}

/**
 * Restores every cell the registry lists, deletes the summary sheets the product wrote, and
 * removes the registry: the workbook is as it was before the first reconciliation.
 */
export async function clearMarksIn(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  budget: number,
): Promise<void> {
  const registry = await readRegistry(context, budget);
  if (!registry.exists) return;
  const records = [
    ...firstPerCell(registry.state.marks.filter((r) => registry.sheets.has(r.sheet))).values(),
  ];
  const worksheets = new Worksheets(context);
  const states = await loadCellStates(context, worksheets, records, capabilities, budget);
  const summaries = await ourSummarySheets(context, registry.state.sheets, registry.sheets);
  const batcher = writeBatcher(context, budget);
  for (const record of records) {
    await queueRestore(batcher, record, states.get(cellKeyOf(record))!, capabilities);
  }
  for (const name of summaries) {
    await batcher.queue(100, () => context.workbook.worksheets.getItem(name).delete());
  }
  await queueRegistryWrite(context, batcher, registry, EMPTY_REGISTRY, budget);
  await batcher.flush();
}
