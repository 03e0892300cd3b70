/**
 * Elements after `</sheetData>`: merged ranges and hyperlinks. A hyperlink changes how its cell
 * reads (ExcelJS keeps only its text), so a sheet with hyperlinks gets them first.
 */
import type { CellRange } from '../../core/model/grid';
import { CLOSE, END, OPEN, XmlCursor, names } from './xmlCursor';

export const T = names('mergeCells', 'mergeCell', 'hyperlinks', 'hyperlink', 'ref', 'r:id');
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

/** Adds a `<mergeCell ref>`; ExcelJS refuses to load a sheet whose merges overlap, and so do we. */
export function addMerge(merges: CellRange[], ref: string | undefined): void {
  if (ref === undefined) return;
  const range = decodeRange(ref);
  if (merges.some((other) => intersects(other, range))) {
    throw new Error(`Invalid workbook: merged ranges overlap at ${ref}`);
  }
  merges.push(range);
}

/**
 * The cell address of the current `<hyperlink>` when it counts for ExcelJS: it has an `r:id`
 * whose relationship has a non-empty target (internal `location` links do not count).
 */
export function hyperlinkTarget(
  cursor: XmlCursor,
  relationships: ReadonlyMap<string, string> | undefined,
): string | undefined {
  const relId = cursor.attribute(T['r:id']);
  const ref = cursor.attribute(T.ref);
  if (!relId || ref === undefined) return undefined;
  const target = relationships?.get(relId);
  if (target === undefined) {
    throw new Error(`Invalid workbook: hyperlink ${ref} has no relationship ${relId}`);
  }
  return target ? ref : undefined;
}

/** Addresses of the hyperlinked cells, from the `<hyperlinks>` at or after `start`. */
export function readHyperlinks(
  bytes: Uint8Array,
  start: number,
  relationships: ReadonlyMap<string, string> | undefined,
): Set<string> {
  const cursor = new XmlCursor(bytes, start);
  const hyperlinks = new Set<string>();
  let inHyperlinks = false;
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === OPEN) {
      if (cursor.is(T.hyperlinks)) inHyperlinks = true;
      else if (inHyperlinks && cursor.is(T.hyperlink)) {
        const ref = hyperlinkTarget(cursor, relationships);
        if (ref !== undefined) hyperlinks.add(ref);
      }
    } else if (token === CLOSE && cursor.is(T.hyperlinks)) inHyperlinks = false;
  }
  return hyperlinks;
}
