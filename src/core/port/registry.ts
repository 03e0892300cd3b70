import type { CellValue } from '../model/grid';
import type { FillSnapshot, MarkRecord, StyleTrace } from './marks';

/**
 * What the product keeps inside the workbook so that Clear works after save and reopen, from any
 * front end: the cells it marked (with their previous fill and note) and the sheets it created.
 */
export interface RegistryState {
  readonly marks: readonly MarkRecord[];
  readonly sheets: readonly string[];
}

export const EMPTY_REGISTRY: RegistryState = { marks: [], sheets: [] };

const MAGIC = 'budget-reconciler-registry';
export const REGISTRY_VERSION = 2;

/**
 * Longest text written to one registry cell: below Excel's 32 767 characters per cell, with
 * room for hosts that count a surrogate pair as two.
 */
export const REGISTRY_CELL_CHARS = 32_000;

/** A record's JSON in pieces of at most `REGISTRY_CELL_CHARS`, never cutting a surrogate pair. */
export function splitText(text: string, size = REGISTRY_CELL_CHARS): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces.length ? pieces : [''];
}

/**
 * The registry as rows of text for the very hidden sheet: a signature row, then one row per
 * record, kind in column A and JSON from column B on — split over as many cells as it needs
 * (version 2), so a long note is never truncated. Plain text cells, never formulas.
 */
export function encodeRegistry(state: RegistryState): string[][] {
  return [
    [MAGIC, String(REGISTRY_VERSION)],
    ...state.sheets.map((name) => ['sheet', JSON.stringify({ name })]),
    ...state.marks.map((mark) => ['mark', ...splitText(JSON.stringify(mark))]),
  ];
}

function isFill(value: unknown): value is FillSnapshot {
  if (!value || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'none' || kind === 'solid' || kind === 'other';
}

function styleTrace(value: unknown): StyleTrace | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { previous, marked, xf, bare } = value as Record<string, unknown>;
  if (typeof previous !== 'number' || typeof marked !== 'number' || typeof xf !== 'string')
    return undefined;
  return { previous, marked, xf, ...(bare === true ? { bare } : {}) };
}

function parseMark(json: string): MarkRecord | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    if (
      typeof record.sheet !== 'string' ||
      typeof record.cell !== 'string' ||
      !isFill(record.previousFill)
    )
      return undefined;
    const previousNote = typeof record.previousNote === 'string' ? record.previousNote : null;
    const note = typeof record.note === 'string' ? record.note : '';
    const raw = record.previousNoteRaw;
    const style = styleTrace(record.style);
    return {
      sheet: record.sheet,
      ...(typeof record.sheetKey === 'string' ? { sheetKey: record.sheetKey } : {}),
      cell: record.cell,
      previousFill: record.previousFill,
      previousNote,
      ...(typeof raw === 'string' ? { previousNoteRaw: raw } : {}),
      note,
      ...(style ? { style } : {}),
    };
  } catch {
    return undefined;
  }
}

/** A row's JSON: every text cell from column B on, joined (version 1 used column B alone). */
function jsonOf(row: ReadonlyArray<CellValue>): string | undefined {
  let json = '';
  for (let c = 1; c < row.length; c++) {
    const piece = row[c];
    if (typeof piece === 'string') json += piece;
    else if (piece !== null && piece !== undefined) break;
  }
  return json === '' ? undefined : json;
}

/**
 * Reads the registry sheet back, version 1 or 2; rows that do not parse are skipped, never
 * trusted.
 */
export function decodeRegistry(
  rows: ReadonlyArray<ReadonlyArray<CellValue> | undefined>,
): RegistryState {
  if (rows[0]?.[0] !== MAGIC) return EMPTY_REGISTRY;
  const marks: MarkRecord[] = [];
  const sheets: string[] = [];
  for (const row of rows.slice(1)) {
    if (!row) continue;
    const kind = row[0];
    const json = jsonOf(row);
    if (json === undefined) continue;
    if (kind === 'mark') {
      const mark = parseMark(json);
      if (mark) marks.push(mark);
    } else if (kind === 'sheet') {
      try {
        const name = (JSON.parse(json) as { name?: unknown }).name;
        if (typeof name === 'string') sheets.push(name);
      } catch {
        // A damaged row names no sheet; the sheet then stays as a user's.
      }
    }
  }
  return { marks, sheets };
}

/**
 * The sheet a record is about now: the one whose marker holds its `sheetKey` (a renamed sheet),
 * else the one with its recorded name. `markers` maps marker keys to current sheet names.
 */
export function sheetOfRecord(record: MarkRecord, markers: ReadonlyMap<string, string>): string {
  const renamed = record.sheetKey === undefined ? undefined : markers.get(record.sheetKey);
  return renamed ?? record.sheet;
}

/** A sheet's marker as a front end found it: the sheet's current name and the marker's key. */
export interface SheetMarker {
  readonly sheet: string;
  readonly key: string;
}

/**
 * Marker key → current sheet name, for `sheetOfRecord`. A key two sheets carry (Excel copies a
 * sheet's scoped names with the sheet) names neither: such records fall back to their recorded
 * sheet name rather than being restored on a copy.
 */
export function markerIndex(markers: readonly SheetMarker[]): Map<string, string> {
  const index = new Map<string, string>();
  const shared = new Set<string>();
  for (const { sheet, key } of markers) {
    if (index.has(key) && index.get(key) !== sheet) shared.add(key);
    index.set(key, sheet);
  }
  for (const key of shared) index.delete(key);
  return index;
}

/** The first key of the form `s1`, `s2`, … not in `taken` (the package patcher's scheme). */
export function freeMarkerKey(taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`s${n}`)) n++;
  return `s${n}`;
}
