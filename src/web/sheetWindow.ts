/**
 * The sheet view's arithmetic, apart from React: which rows and columns a scroll position shows,
 * which blocks of rows to ask the worker for, and how a finding marks the cells in view.
 */
import { parseA1 } from '../core/model/address';
import type { Finding, Severity } from '../core/model/finding';

export const ROW_HEIGHT = 24;
export const COLUMN_WIDTH = 104;
export const ROW_HEADER_WIDTH = 64;
/** Rows asked of the worker at a time. */
export const BLOCK_ROWS = 100;
/** Rows and columns rendered beyond the visible ones, so a small scroll needs no new render. */
const OVERSCAN_ROWS = 4;
const OVERSCAN_COLUMNS = 2;

export interface Span {
  readonly first: number;
  /** Exclusive. */
  readonly end: number;
}

/** The rows (0-based, header excluded) a viewport shows, with a margin either side. */
export function visibleRows(scrollTop: number, height: number, rows: number): Span {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - 1 - OVERSCAN_ROWS);
  const end = Math.min(rows, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN_ROWS);
  return { first, end: Math.max(first, end) };
}

export function visibleColumns(scrollLeft: number, width: number, columns: number): Span {
  const left = Math.max(0, scrollLeft - ROW_HEADER_WIDTH);
  const first = Math.max(0, Math.floor(left / COLUMN_WIDTH) - OVERSCAN_COLUMNS);
  const end = Math.min(columns, Math.ceil((left + width) / COLUMN_WIDTH) + OVERSCAN_COLUMNS);
  return { first, end: Math.max(first, end) };
}

/** The blocks of BLOCK_ROWS rows that cover a span of rows. */
export function blocksOf(span: Span): number[] {
  const blocks: number[] = [];
  if (span.end <= span.first) return blocks;
  for (
    let b = Math.floor(span.first / BLOCK_ROWS);
    b <= Math.floor((span.end - 1) / BLOCK_ROWS);
    b++
  )
    blocks.push(b);
  return blocks;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** An A1 cell or range (`D6:D7`) as 0-based rows and columns; undefined when not A1. */
export function rectOf(range: string): Rect | undefined {
  const [from, to = from] = range.split(':');
  try {
    const a = parseA1(from);
    const b = parseA1(to);
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  } catch {
    return undefined;
  }
}

export function inRect(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Every cell of a sheet that carries a finding, keyed `row:col`, the most severe winning. */
export function markedCells(findings: readonly Finding[], sheet: string): Map<string, Severity> {
  const marks = new Map<string, Severity>();
  for (const finding of findings) {
    if (finding.sheet !== sheet) continue;
    const rect = rectOf(finding.cell);
    if (!rect) continue;
    const key = `${rect.top}:${rect.left}`;
    const known = marks.get(key);
    if (!known || RANK[finding.severity] > RANK[known]) marks.set(key, finding.severity);
  }
  return marks;
}
