import type { DetectedColumn } from '../detect/columns';
import type { TableModel } from '../detect/sheet';
import { toA1 } from '../model/address';
import type { StatedAmount } from './types';

/** The amount a cell states, with its place; null when blank or unreadable. */
export function statedAt(
  sheet: TableModel,
  row: number,
  column: DetectedColumn | undefined,
): StatedAmount | null {
  if (!column) return null;
  const read = sheet.figures.amount(row, column);
  if (read.kind !== 'amount') return null;
  return {
    fen: read.fen,
    shownDecimals: read.shownDecimals,
    unit: read.unit,
    ref: { sheet: sheet.name, cell: toA1(row, column.col) },
  };
}

/** The count a cell states (人数), or null. */
export function countAt(
  sheet: TableModel,
  row: number,
  column: DetectedColumn | undefined,
): number | null {
  if (!column) return null;
  const read = sheet.figures.count(row, column);
  return read.kind === 'count' ? read.count : null;
}

/** A cell's text, trimmed ('' for a number-less blank). */
export function textAt(sheet: TableModel, row: number, column: DetectedColumn | undefined): string {
  if (!column) return '';
  const value = sheet.grid.rows[row]?.[column.col];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}
