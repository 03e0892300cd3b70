/**
 * References as formulas write them: `D4`, `$D$4`, `D4:D8`, `D:D`, `4:8`, each optionally on a
 * sheet (`收入!D4`, `'Sheet 1'!D4`). Rows and columns are 0-based; a whole column or row is open
 * on the other axis until bounded by a sheet's used area.
 */
import type { CellRange } from '../model/grid';

/** Excel's grid: 1 048 576 rows × 16 384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** One end of a reference: a row and/or a column, each relative or `$`-anchored. */
export interface RefPoint {
  readonly row?: number;
  readonly col?: number;
  readonly rowAbsolute: boolean;
  readonly colAbsolute: boolean;
}

export interface Reference {
  /** The sheet named before `!`, unquoted; undefined for the formula's own sheet. */
  readonly sheet?: string;
  readonly from: RefPoint;
  readonly to: RefPoint;
}

/** A reference resolved to one sheet and a rectangle (whole columns/rows reach the grid's edge). */
export interface ResolvedRange {
  readonly sheet: string;
  readonly range: CellRange;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COLUMN = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;

function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** One side of a reference (`$D$4`, `D`, `4`), or undefined when it is none of those. */
export function parsePoint(text: string): RefPoint | undefined {
  const cell = CELL.exec(text);
  if (cell) {
    const col = columnNumber(cell[2]);
    const row = Number(cell[4]) - 1;
    if (col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return undefined;
    return { row, col, colAbsolute: cell[1] === '$', rowAbsolute: cell[3] === '$' };
  }
  const column = COLUMN.exec(text);
  if (column) {
    const col = columnNumber(column[2]);
    if (col >= MAX_COLS) return undefined;
    return { col, colAbsolute: column[1] === '$', rowAbsolute: false };
  }
  const row = ROW.exec(text);
  if (row) {
    const index = Number(row[2]) - 1;
    if (index < 0 || index >= MAX_ROWS) return undefined;
    return { row: index, rowAbsolute: row[1] === '$', colAbsolute: false };
  }
  return undefined;
}

/** Both ends agree in kind: two cells, two columns or two rows. */
export function isWellFormed(from: RefPoint, to: RefPoint): boolean {
  const kind = (p: RefPoint) => (p.row !== undefined ? 1 : 0) + (p.col !== undefined ? 2 : 0);
  return kind(from) === kind(to) && kind(from) !== 0;
}

/** `D4` (or `D4:D4`): one cell, not a range. */
export function isSingleCell(reference: Reference): boolean {
  const { from, to } = reference;
  return (
    from.row !== undefined && from.col !== undefined && from.row === to.row && from.col === to.col
  );
}

/** The rectangle a reference covers, on its own sheet or `ownSheet`. */
export function resolve(reference: Reference, ownSheet: string): ResolvedRange {
  const { from, to } = reference;
  const rows = [from.row ?? 0, to.row ?? MAX_ROWS - 1];
  const cols = [from.col ?? 0, to.col ?? MAX_COLS - 1];
  return {
    sheet: reference.sheet ?? ownSheet,
    range: {
      top: Math.min(rows[0], rows[1]),
      bottom: Math.max(rows[0], rows[1]),
      left: Math.min(cols[0], cols[1]),
      right: Math.max(cols[0], cols[1]),
    },
  };
}

function columnLetters(col: number): string {
  let letters = '';
  for (let rest = col + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** A point written back as a formula writes it (`$D4`). */
export function formatPoint(point: RefPoint): string {
  const col =
    point.col === undefined ? '' : `${point.colAbsolute ? '$' : ''}${columnLetters(point.col)}`;
  const row = point.row === undefined ? '' : `${point.rowAbsolute ? '$' : ''}${point.row + 1}`;
  return col + row;
}

/**
 * A point moved by a shared formula's offset: relative parts move, anchored parts stay.
 * Undefined when it leaves the grid (Excel writes `#REF!` there).
 */
export function shiftPoint(point: RefPoint, rows: number, cols: number): RefPoint | undefined {
  const row = point.row === undefined || point.rowAbsolute ? point.row : point.row + rows;
  const col = point.col === undefined || point.colAbsolute ? point.col : point.col + cols;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return undefined;
  if (col !== undefined && (col < 0 || col >= MAX_COLS)) return undefined;
  return { ...point, row, col };
}
