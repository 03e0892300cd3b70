import {
  combinedNote,
  MARK_FILL,
  REGISTRY_SHEET,
  type Mark,
  type MarkRecord,
} from '../core/port/marks';
import { writeBatcher, type SyncBatcher } from './batcher';
import { cellKeyOf, loadCellStates, Worksheets, type CellState } from './cellStates';
import { isMarkFill, restoreFill, snapshotOf } from './fills';
import { wireBytes, type ExcelCapabilities } from './host';
import {
  EMPTY_REGISTRY,
  encodeRegistry,
  markerIndex,
  sheetOfRecord,
  type RegistryState,
  type SheetMarker,
} from '../core/port/registry';
import { checkBeforeWriting } from './guards';
import { queueRegistryWrite, readRegistry, type Registry } from './registry';
import { ourSummarySheets } from './summary';
import {
  planMarkers,
  queueMarkerReads,
  queueMarkerRemovals,
  queueMarkerWrites,
  type MarkerPlan,
} from './sheetMarkers';

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
  withNote: boolean,
): Promise<void> {
  await batcher.queue(CELL_WRITE_BYTES + wireBytes(note), () => {
    // Setting only the colour would keep a patterned cell's pattern over our highlight.
    state.range.format.fill.pattern = 'Solid';
    state.range.format.fill.color = `#${MARK_FILL[mark.severity]}`;
    if (!withNote) return;
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
 * The registry's records about sheets that still exist, each under its sheet's current name: the
 * sheet whose marker holds the record's key (a sheet renamed since), else the recorded name
 * (version 1 records, hosts without `Worksheet.names`, a marker lost or copied with its sheet).
 */
function currentRecords(registry: Registry): MarkRecord[] {
  const index = markerIndex(registry.markers ?? []);
  return registry.state.marks
    .map((record) => ({ ...record, sheet: sheetOfRecord(record, index) }))
    .filter((record) => registry.sheets.has(record.sheet));
}

/** What applying marks did beyond the fills: cells that could not take a note. */
export interface MarksOutcome {
  /** Marked cells holding a threaded comment: highlighted, their explanation only in the pane. */
  readonly withoutNote: readonly { readonly sheet: string; readonly cell: string }[];
}

/** The registry as just written, for a second write in the same request. */
function written(registry: Registry, state: RegistryState): Registry {
  const rows = encodeRegistry(state);
  // A long record spans several columns (registry version 2): all of them are blanked next.
  return {
    ...registry,
    exists: true,
    rows: rows.length,
    cols: Math.max(2, ...rows.map((r) => r.length)),
  };
}

/**
 * Replaces the product's marks with `marks` in one pass: restore cells no longer marked, mark
 * new ones (recording their fill and note first), keep the original "previous" of cells marked
 * again — reads and writes each batched under the payload budget.
 *
 * No half-marked workbook: every sheet to be touched is checked for protection before anything
 * is written (one protected sheet: nothing is written, and it is named), and the registry is
 * written before the marks it describes, so a failure half-way leaves marks Clear can remove.
 */
export async function applyMarksIn(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  marks: readonly Mark[],
  budget: number,
): Promise<MarksOutcome> {
  const registry = await readRegistry(context, budget, capabilities.names);
  const previous = firstPerCell(currentRecords(registry));
  const wanted = new Map<string, Mark>();
  for (const mark of marks) if (registry.sheets.has(mark.sheet)) wanted.set(cellKeyOf(mark), mark);
  const removed = [...previous.values()].filter((record) => !wanted.has(cellKeyOf(record)));
  const cells = [...removed, ...wanted.values()];
  const commentSheets =
    capabilities.notes && capabilities.comments ? [...wanted.values()].map((m) => m.sheet) : [];
  const touched = cells.map((cell) => cell.sheet);
  // Without a registry the markers were not read yet: they come with the protection check.
  let readMarkers: (() => SheetMarker[]) | undefined;
  const userSheets = [...registry.sheets].filter((name) => name !== REGISTRY_SHEET);
  const preload =
    capabilities.names && !registry.markers && wanted.size > 0
      ? () => void (readMarkers = queueMarkerReads(context, userSheets))
      : undefined;
  const commented = await checkBeforeWriting(context, touched, commentSheets, preload);
  const plan: MarkerPlan | undefined = capabilities.names
    ? planMarkers(
        registry.markers ?? readMarkers?.() ?? [],
        [...wanted.values()].map((m) => m.sheet),
      )
    : undefined;
  const keyOf = (sheet: string): { sheetKey?: string } => {
    const sheetKey = plan?.keys.get(sheet);
    return sheetKey === undefined ? {} : { sheetKey };
  };

  const worksheets = new Worksheets(context);
  const states = await loadCellStates(context, worksheets, cells, capabilities, budget);
  const records: MarkRecord[] = [...wanted].map(([key, mark]) => {
    const prior = previous.get(key);
    const state = states.get(key)!;
    const previousNote = prior ? prior.previousNote : state.noteText;
    // The product's note goes below the user's own, which Clear gives back exactly.
    const withNote = capabilities.notes && !commented.has(key);
    return {
      sheet: mark.sheet,
      ...keyOf(mark.sheet),
      cell: mark.cell,
      previousFill: prior ? prior.previousFill : snapshotOf(state.fill),
      previousNote,
      ...(prior?.previousNoteRaw !== undefined ? { previousNoteRaw: prior.previousNoteRaw } : {}),
      note: withNote ? combinedNote(previousNote, mark.note) : mark.note,
    };
  });
  const noteOf = new Map(records.map((record) => [cellKeyOf(record), record.note]));
  const batcher = writeBatcher(context, budget);
  // First the sheet markers and the registry (the new records and, until they are restored, the
  // ones leaving, under their sheets' current names and keys), then the marks they describe.
  if (plan) await queueMarkerWrites(context, batcher, plan);
  const leaving = removed.map((record) => ({ ...record, ...keyOf(record.sheet) }));
  const during = { marks: [...records, ...leaving], sheets: registry.state.sheets };
  await queueRegistryWrite(context, batcher, registry, during, budget);
  for (const record of removed) {
    await queueRestore(batcher, record, states.get(cellKeyOf(record))!, capabilities);
  }
  const withoutNote: { sheet: string; cell: string }[] = [];
  for (const [key, mark] of wanted) {
    const blocked = commented.has(key);
    if (blocked) withoutNote.push({ sheet: mark.sheet, cell: mark.cell });
    const note = noteOf.get(key) ?? mark.note;
    await queueMark(
      batcher,
      worksheets,
      mark,
      note,
      states.get(key)!,
      capabilities.notes && !blocked,
    );
  }
  if (removed.length > 0) {
    const after = { marks: records, sheets: registry.state.sheets };
    await queueRegistryWrite(context, batcher, written(registry, during), after, budget);
  }
  // Markers of sheets left without marks go last, once no record needs them.
  if (plan) await queueMarkerRemovals(context, batcher, plan.remove);
  await batcher.flush();
  return { withoutNote };
}

/**
 * Restores every cell the registry lists (on a renamed sheet too, found by its marker), deletes
 * the summary sheets the product wrote, and removes the registry and the sheet markers: the
 * workbook is as it was before the first reconciliation.
 */
export async function clearMarksIn(
  context: Excel.RequestContext,
  capabilities: ExcelCapabilities,
  budget: number,
): Promise<void> {
  const registry = await readRegistry(context, budget, capabilities.names);
  if (!registry.exists) return;
  const records = [...firstPerCell(currentRecords(registry)).values()];
  await checkBeforeWriting(
    context,
    records.map((record) => record.sheet),
    [],
  );
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
  // The markers go after the registry: a failure in between leaves only harmless names.
  const marked = (registry.markers ?? []).map((marker) => marker.sheet);
  await queueMarkerRemovals(context, batcher, marked);
  await batcher.flush();
}
