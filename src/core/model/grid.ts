/**
 * The workbook as the core sees it: plain values, no host types.
 * Adapters (ExcelJS, the fast reader, office.js) normalise every cell into these shapes.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/**
 * One cell's value. Numbers are numeric cells (dates arrive as their serial number with a date
 * format); strings are text, including rich text flattened; `null` is an empty cell.
 * A formula cell carries its cached result.
 */
export type CellValue = number | string | boolean | null | CellError;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * One worksheet. `rows[r][c]` is the cell at 0-based row r, column c; missing rows or cells are
 * empty. `numFmts[r][c]` is the number format of a numeric cell when it is not General, kept
 * apart so that a 200 000-row roster does not pay for formats it does not have.
 */
export interface SheetGrid {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
  readonly numFmts: ReadonlyArray<ReadonlyArray<string | undefined> | undefined>;
  readonly merges: readonly CellRange[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}

export function numFmtAt(sheet: SheetGrid, row: number, col: number): string | undefined {
  return sheet.numFmts[row]?.[col];
}

/** Number of columns in the widest row. */
export function columnCount(sheet: SheetGrid): number {
  let widest = 0;
  for (const row of sheet.rows) if (row && row.length > widest) widest = row.length;
  return widest;
}

/** A cell as the text it shows: numbers in their shortest form, errors by code, empty as ''. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  return String(value);
}
