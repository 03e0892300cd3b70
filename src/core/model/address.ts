import type { CellRange } from './grid';

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let letters = '';
  let rest = col + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** 0-based row and column to an A1 address. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** An A1 address (optionally `$`-anchored) to 0-based row and column. */
export function parseA1(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/**
 * Ranges covering a set of cells of one column, merged into contiguous runs so that a related
 * list reads `C6:C7` rather than `C6, C7`.
 */
export function columnRuns(col: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = -1;
  let previous = -1;
  for (const row of sorted) {
    if (start >= 0 && row === previous + 1) {
      previous = row;
      continue;
    }
    if (start >= 0) runs.push(rangeToA1({ top: start, left: col, bottom: previous, right: col }));
    start = row;
    previous = row;
  }
  if (start >= 0) runs.push(rangeToA1({ top: start, left: col, bottom: previous, right: col }));
  return runs;
}

/** Ranges covering a set of cells of one row, merged into contiguous runs (`D8:E8`). */
export function rowRuns(row: number, cols: readonly number[]): string[] {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = -1;
  let previous = -1;
  const close = (): void => {
    if (start >= 0) runs.push(rangeToA1({ top: row, left: start, bottom: row, right: previous }));
  };
  for (const col of sorted) {
    if (start >= 0 && col === previous + 1) {
      previous = col;
      continue;
    }
    close();
    start = col;
    previous = col;
  }
  close();
  return runs;
}
