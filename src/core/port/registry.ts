import type { CellValue } from '../model/grid';
import type { FillSnapshot, MarkRecord } from './marks';

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
const VERSION = 1;

/**
 * The registry as rows of text for the very hidden sheet: a signature row, then one row per
 * record, kind in column A and JSON in column B. Plain text cells, never formulas.
 */
export function encodeRegistry(state: RegistryState): string[][] {
  return [
    [MAGIC, String(VERSION)],
    ...state.sheets.map((name) => ['sheet', JSON.stringify({ name })]),
    ...state.marks.map((mark) => ['mark', JSON.stringify(mark)]),
  ];
}

function isFill(value: unknown): value is FillSnapshot {
  if (!value || typeof value !== 'object') return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'none' || kind === 'solid' || kind === 'other';
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
    return {
      sheet: record.sheet,
      cell: record.cell,
      previousFill: record.previousFill,
      previousNote,
      ...(typeof raw === 'string' ? { previousNoteRaw: raw } : {}),
      note,
    };
  } catch {
    return undefined;
  }
}

/** Reads the registry sheet back; rows that do not parse are skipped, never trusted. */
export function decodeRegistry(
  rows: ReadonlyArray<ReadonlyArray<CellValue> | undefined>,
): RegistryState {
  if (rows[0]?.[0] !== MAGIC) return EMPTY_REGISTRY;
  const marks: MarkRecord[] = [];
  const sheets: string[] = [];
  for (const row of rows.slice(1)) {
    const [kind, json] = row ?? [];
    if (typeof json !== 'string') continue;
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
