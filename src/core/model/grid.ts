/**
 * The workbook as the core sees it: plain values, no host types.
 * Adapters (ExcelJS, the fast reader, office.js) normalise every cell into these shapes.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

/** The error code an unknown figure carries (not one of Excel's own). */
export const UNKNOWN_FIGURE = '#UNKNOWN_FIGURE';

/**
 * Why a formula cell's figure is unknown: the file holds no cached result (`no-result`, as read,
 * before the core tried to evaluate it), or the core could not evaluate it: not plain arithmetic
 * (`unsupported`), part of or over a circular reference (`cycle`), over a cell whose value is
 * unknown, text or a logical (`unknown-input`), or giving an error such as #DIV/0! (`error`).
 */
export type UnknownReason = 'no-result' | 'unsupported' | 'cycle' | 'unknown-input' | 'error';

/**
 * A formula cell whose figure is unknown. It is a CellError to code that does not know it, so it
 * never reads as zero or blank; readAmount reads it as its own kind, `unknown`.
 */
export interface UnknownFigure extends CellError {
  readonly error: typeof UNKNOWN_FIGURE;
  readonly unknown: UnknownReason;
  /** For `unsupported`: the function that is not plain arithmetic (`VLOOKUP`), where one is. */
  readonly function?: string;
}

export function unknownFigure(reason: UnknownReason, fn?: string): UnknownFigure {
  return { error: UNKNOWN_FIGURE, unknown: reason, ...(fn ? { function: fn } : {}) };
}

/**
 * One cell's value. Numbers are numeric cells (dates arrive as their serial number with a date
 * format); strings are text, including rich text flattened; `null` is an empty cell.
 * A formula cell carries its cached result; one without a cached result an UnknownFigure until
 * the core evaluates it (src/core/formula).
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

/** Sparse per-cell data: `[row][col]`, holes where there is none. */
export type SparseCells<T> = ReadonlyArray<ReadonlyArray<T | undefined> | undefined>;

/**
 * One worksheet. `rows[r][c]` is the cell at 0-based row r, column c; missing rows or cells are
 * empty. `numFmts[r][c]` is the number format of a numeric cell (or of a formula cell without
 * cached result, whose figure may yet be evaluated) when it is not General, kept apart so that a
 * 200 000-row roster does not pay for formats it does not have. `formulas[r][c]` is a formula
 * cell's text as the file stores it (no leading `=`; a shared formula expanded to each cell),
 * sparse the same way; absent from readers that do not keep formulas (office.js values).
 */
export interface SheetGrid {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue> | undefined>;
  readonly numFmts: SparseCells<string>;
  readonly formulas?: SparseCells<string>;
  readonly merges: readonly CellRange[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null;
}

export function isUnknownFigure(value: CellValue): value is UnknownFigure {
  return isCellError(value) && value.error === UNKNOWN_FIGURE && 'unknown' in value;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}

export function numFmtAt(sheet: SheetGrid, row: number, col: number): string | undefined {
  return sheet.numFmts[row]?.[col];
}

/** A formula cell's text (no leading `=`), when the reader kept it. */
export function formulaAt(sheet: SheetGrid, row: number, col: number): string | undefined {
  return sheet.formulas?.[row]?.[col];
}

/** Number of columns in the widest row. */
export function columnCount(sheet: SheetGrid): number {
  let widest = 0;
  // Indexed: a for-of over a 200 000-row sheet allocates an iterator result per row.
  for (let index = 0; index < sheet.rows.length; index++) {
    const row = sheet.rows[index];
    if (row && row.length > widest) widest = row.length;
  }
  return widest;
}

/**
 * A cell as the text it shows: numbers in their shortest form, errors by code, empty as ''.
 * An unknown figure shows nothing: what Excel would show is not known.
 */
export function cellText(value: CellValue): string {
  if (value === null || isUnknownFigure(value)) return '';
  if (isCellError(value)) return value.error;
  return String(value);
}
