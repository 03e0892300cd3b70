import { SHEET_MARKER_NAME } from '../core/port/marks';
import { freeMarkerKey, type SheetMarker } from '../core/port/registry';
import type { SyncBatcher } from './batcher';

/**
 * The rename-proof sheet marker from office.js: a sheet-scoped defined name SHEET_MARKER_NAME
 * (`Worksheet.names`, ExcelApi 1.4) whose value is a quoted key (`="s1"`), the same name the
 * package patcher writes as `<definedName localSheetId=… hidden="1">"s1"</definedName>`. Excel
 * keeps a sheet's scoped names with it through a rename, so the registry's records find the
 * sheet by this key (`sheetOfRecord`) after the user renamed it.
 */

/** A marker's value as a key: `s1` (Excel evaluates `="s1"`); a visible marker counts too. */
export function markerKeyOf(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const key = String(value).replace(/^=?"?|"?$/g, '');
  return key === '' ? undefined : key;
}

/**
 * Queues reading the marker of each sheet in `sheets`; the returned function, called after the
 * sync that carried the loads, gives the markers found in the sheets' order.
 */
export function queueMarkerReads(
  context: Excel.RequestContext,
  sheets: readonly string[],
): () => SheetMarker[] {
  const items = sheets.map((sheet) => ({
    sheet,
    item: context.workbook.worksheets
      .getItem(sheet)
      .names.getItemOrNullObject(SHEET_MARKER_NAME)
      .load('value'),
  }));
  return () =>
    items.flatMap(({ sheet, item }) => {
      const key = item.isNullObject ? undefined : markerKeyOf(item.value);
      return key === undefined ? [] : [{ sheet, key }];
    });
}

/** What marking does to the markers. */
export interface MarkerPlan {
  /** The key each marked sheet's records carry. */
  readonly keys: ReadonlyMap<string, string>;
  /** Markers to add; `replace` when the sheet's own marker holds a key another sheet has too. */
  readonly add: readonly {
    readonly sheet: string;
    readonly key: string;
    readonly replace: boolean;
  }[];
  /** Sheets whose marker goes, as they carry no marks any more. */
  readonly remove: readonly string[];
}

/**
 * Keys for the sheets about to be marked: a sheet's own marker is reused; a key two sheets hold
 * (Excel copies scoped names with a sheet) stays with the first and the other gets a new one; a
 * sheet without a marker gets a new key. `found` lists the markers of every sheet, in tab order.
 */
export function planMarkers(found: readonly SheetMarker[], marked: Iterable<string>): MarkerPlan {
  const firstHolder = new Map<string, string>();
  for (const { sheet, key } of found) if (!firstHolder.has(key)) firstHolder.set(key, sheet);
  const taken = new Set(found.map((marker) => marker.key));
  const keys = new Map<string, string>();
  const add: { sheet: string; key: string; replace: boolean }[] = [];
  for (const sheet of new Set(marked)) {
    const own = found.find((marker) => marker.sheet === sheet);
    if (own && firstHolder.get(own.key) === sheet) {
      keys.set(sheet, own.key);
      continue;
    }
    const key = freeMarkerKey(taken);
    taken.add(key);
    keys.set(sheet, key);
    add.push({ sheet, key, replace: own !== undefined });
  }
  const remove = found.filter((marker) => !keys.has(marker.sheet)).map((marker) => marker.sheet);
  return { keys, add, remove };
}

/** One marker change on the wire: a few actions and a short formula. */
const MARKER_WRITE_BYTES = 300;

/**
 * Queues the planned new markers (removals come last, once no record needs them: see
 * queueMarkerRemovals). `visible = false` hides the name from Name Manager where the host honours
 * it (some Excel builds ignore it; a visible marker works the same).
 */
export async function queueMarkerWrites(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  plan: MarkerPlan,
): Promise<void> {
  for (const { sheet, key, replace } of plan.add) {
    await batcher.queue(MARKER_WRITE_BYTES, () => {
      const names = context.workbook.worksheets.getItem(sheet).names;
      if (replace) names.getItem(SHEET_MARKER_NAME).delete();
      names.add(SHEET_MARKER_NAME, `="${key.replace(/"/g, '""')}"`).visible = false;
    });
  }
}

/** Queues deleting the marker of each sheet in `sheets` (each known to carry one). */
export async function queueMarkerRemovals(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  sheets: readonly string[],
): Promise<void> {
  for (const sheet of sheets) {
    await batcher.queue(MARKER_WRITE_BYTES / 2, () => {
      context.workbook.worksheets.getItem(sheet).names.getItem(SHEET_MARKER_NAME).delete();
    });
  }
}
