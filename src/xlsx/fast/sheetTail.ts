/**
 * The part of a worksheet after `</sheetData>`: merged ranges and hyperlinks. It is read first
 * (it is small and sits at the end), because a hyperlink changes how its cell is read.
 */
import type { CellRange } from '../../core/model/grid';
import { CLOSE, END, OPEN, XmlCursor, names } from './xmlCursor';

export interface SheetTail {
  readonly merges: CellRange[];
  /** Addresses (as written in the cells' `r`) of cells carrying an external hyperlink. */
  readonly hyperlinks: ReadonlySet<string>;
}

const N = names('mergeCells', 'mergeCell', 'hyperlinks', 'hyperlink', 'ref', 'r:id');
const SHEET_DATA_END = new TextEncoder().encode('</sheetData>');

/** Offset of `</sheetData>` searched from the end, or -1. */
export function sheetDataEnd(bytes: Uint8Array): number {
  const first = SHEET_DATA_END[0];
  for (let i = bytes.lastIndexOf(first); i >= 0; i = bytes.lastIndexOf(first, i - 1)) {
    let k = 1;
    while (k < SHEET_DATA_END.length && bytes[i + k] === SHEET_DATA_END[k]) k++;
    if (k === SHEET_DATA_END.length) return i;
    if (i === 0) break;
  }
  return -1;
}

/** Column letters then row digits, as ExcelJS's `colCache.decodeAddress` reads them (1-based). */
export function decodeAddress(text: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + c - 48;
    } else if (hasRow && hasCol && c !== 36) break;
  }
  if (!hasCol || !hasRow || col > 16384)
    throw new Error(`Invalid workbook: bad cell range ${text}`);
  return { row, col };
}

export function decodeRange(text: string): CellRange {
  const parts = text.split(':');
  const from = decodeAddress(parts[0]);
  const to = parts.length === 2 ? decodeAddress(parts[1]) : from;
  return {
    top: Math.min(from.row, to.row) - 1,
    left: Math.min(from.col, to.col) - 1,
    bottom: Math.max(from.row, to.row) - 1,
    right: Math.max(from.col, to.col) - 1,
  };
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && a.right >= b.left && a.top <= b.bottom && a.bottom >= b.top;
}

/**
 * Reads merges and hyperlinks from `bytes[start..]`. `relationships` are the sheet's own
 * (Id → Target); only hyperlinks with a relationship count, as in ExcelJS.
 */
export function readSheetTail(
  bytes: Uint8Array,
  start: number,
  relationships: ReadonlyMap<string, string> | undefined,
): SheetTail {
  const cursor = new XmlCursor(bytes, start);
  const merges: CellRange[] = [];
  const hyperlinks = new Set<string>();
  let inMerges = false;
  let inHyperlinks = false;
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === OPEN) {
      if (cursor.is(N.mergeCells)) inMerges = true;
      else if (cursor.is(N.hyperlinks)) inHyperlinks = true;
      else if (inMerges && cursor.is(N.mergeCell)) {
        const ref = cursor.attribute(N.ref);
        if (ref === undefined) continue;
        const range = decodeRange(ref);
        // ExcelJS refuses to load a sheet whose merges overlap.
        if (merges.some((other) => intersects(other, range))) {
          throw new Error(`Invalid workbook: merged ranges overlap at ${ref}`);
        }
        merges.push(range);
      } else if (inHyperlinks && cursor.is(N.hyperlink)) {
        const relId = cursor.attribute(N['r:id']);
        const ref = cursor.attribute(N.ref);
        if (!relId || ref === undefined) continue;
        const target = relationships?.get(relId);
        if (target === undefined) {
          throw new Error(`Invalid workbook: hyperlink ${ref} has no relationship ${relId}`);
        }
        if (target) hyperlinks.add(ref);
      }
    } else if (token === CLOSE) {
      if (cursor.is(N.mergeCells)) inMerges = false;
      else if (cursor.is(N.hyperlinks)) inHyperlinks = false;
    }
  }
  return { merges, hyperlinks };
}
