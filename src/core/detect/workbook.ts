import type { WorkbookGrid } from '../model/grid';
import { detectSheet, type RoleOverrides, type SheetModel, type TableModel } from './sheet';

export interface DetectOptions {
  /** Sheets the product wrote itself (summary, registry): never reconciled. */
  readonly ignoreSheets?: readonly string[];
  /** Per sheet name, the user's column-role choices. */
  readonly overrides?: Readonly<Record<string, RoleOverrides>>;
}

export interface WorkbookModel {
  /** Every sheet detection looked at, in workbook order. */
  readonly sheets: readonly SheetModel[];
  /** Every table of every sheet, in reading order: sheet, then top to bottom, left to right. */
  readonly tables: readonly TableModel[];
}

/** Detects every sheet a user can see or has hidden; very hidden sheets belong to programs. */
export function detectWorkbook(grid: WorkbookGrid, options: DetectOptions = {}): WorkbookModel {
  const ignored = new Set(options.ignoreSheets ?? []);
  const sheets = grid.sheets
    .filter((sheet) => sheet.visibility !== 'veryHidden' && !ignored.has(sheet.name))
    .map((sheet) => detectSheet(sheet, options.overrides?.[sheet.name]));
  return { sheets, tables: sheets.flatMap((sheet) => sheet.tables) };
}
