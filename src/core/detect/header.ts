import { cellAt, columnCount, type SheetGrid } from '../model/grid';
import type { ColumnRole } from '../model/roles';
import { roleOfHeader } from './columns';

/** How far down a header row is looked for: titles, unit lines and notes stand above it. */
export const HEADER_SEARCH_ROWS = 30;

const FIGURE_ROLES: ReadonlySet<ColumnRole> = new Set([
  'budget',
  'actual',
  'amount',
  'headcount',
  'standard',
  'source',
]);

export interface HeaderCell {
  readonly col: number;
  readonly row: number;
  readonly text: string;
  readonly role: ColumnRole;
}

export interface HeaderFound {
  /** The (last) header row; data starts below it. */
  readonly row: number;
  readonly cells: readonly HeaderCell[];
}

function textAt(sheet: SheetGrid, row: number, col: number): string {
  const value = cellAt(sheet, row, col);
  return typeof value === 'string' ? value.trim() : '';
}

function rolesOfRow(sheet: SheetGrid, row: number, width: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = 0; col < width; col++) {
    const text = textAt(sheet, row, col);
    const role = text ? roleOfHeader(text) : undefined;
    if (role) cells.push({ col, row, text, role });
  }
  return cells;
}

function score(cells: readonly HeaderCell[]): number {
  const roles = new Set(cells.map((cell) => cell.role));
  const hasFigure = cells.some((cell) => FIGURE_ROLES.has(cell.role));
  return hasFigure && roles.size >= 2 ? roles.size : 0;
}

/**
 * Finds the header row among the first rows: the one naming the most distinct column roles
 * (at least two, one of them a figure). A second header row beneath it (区财政资金 | 本级资金
 * under a merged 资金来源) adds its roles for the columns it names.
 */
export function findHeader(sheet: SheetGrid): HeaderFound | undefined {
  const width = columnCount(sheet);
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  let best: { row: number; cells: HeaderCell[]; score: number } | undefined;
  for (let row = 0; row < last; row++) {
    const cells = rolesOfRow(sheet, row, width);
    const rowScore = score(cells);
    if (rowScore > 0 && (!best || rowScore > best.score)) best = { row, cells, score: rowScore };
  }
  if (!best) return undefined;
  const below = rolesOfRow(sheet, best.row + 1, width).filter((cell) => cell.role !== 'item');
  const belowIsHeader = below.length >= 2 && below.every((cell) => FIGURE_ROLES.has(cell.role));
  if (!belowIsHeader) return { row: best.row, cells: dedupe(best.cells) };
  const subColumns = new Set(below.map((cell) => cell.col));
  const merged = [...best.cells.filter((cell) => !subColumns.has(cell.col)), ...below];
  return { row: best.row + 1, cells: dedupe(merged.sort((a, b) => a.col - b.col)) };
}

// A role named twice keeps its first column, except the roles a sheet may have many of.
const MANY: ReadonlySet<ColumnRole> = new Set(['source']);

function dedupe(cells: readonly HeaderCell[]): HeaderCell[] {
  const seen = new Set<ColumnRole>();
  return cells.filter((cell) => {
    if (MANY.has(cell.role)) return true;
    if (seen.has(cell.role)) return false;
    seen.add(cell.role);
    return true;
  });
}
