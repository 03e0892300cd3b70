import { columnLetters, parseA1, toA1 } from '../../src/core/model/address';
import type { CellRange, SheetVisibility, WorkbookGrid } from '../../src/core/model/grid';
import { isCellError } from '../../src/core/model/grid';

/**
 * The simulated host's document: what Excel would hold in memory. Proxies in context.ts read and
 * write it only inside `sync()`, so a test sees exactly what a real add-in could have changed.
 */

/** A cell value as office.js returns it in `Range.values` (errors come back as `#REF!` strings). */
export type SimValue = string | number | boolean;

/** A fill as `Range.format.fill` reports it: pattern 'None' means no fill. */
export interface SimFill {
  readonly pattern: string;
  readonly color: string;
  readonly patternColor: string;
}

export interface SimCell {
  value: SimValue;
  numberFormat: string;
  fill: SimFill;
  /** Font, alignment and border settings as written (`font.bold`, `wrapText`, `EdgeTop` …). */
  style?: Readonly<Record<string, string | number | boolean>>;
  hyperlink?: { readonly documentReference?: string; readonly textToDisplay?: string };
  /** Set when a string starting with `=` was written to a cell not formatted as text (`@`). */
  formula?: string;
}

export type SimVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SimSheet {
  name: string;
  visibility: SimVisibility;
  /** Keyed by row * COLS + col (0-based), so a 100 000-row roster stays a flat map. */
  readonly cells: Map<number, SimCell>;
  merges: CellRange[];
  /** Note content keyed by A1 address without `$`. */
  readonly notes: Map<string, string>;
  /** Column widths and row heights in points, by 0-based index, where set. */
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  showGridlines: boolean;
  /** Sheet protection on: Excel refuses every change to its cells' values and formats. */
  protected?: boolean;
  /** Cells (bare A1) holding a threaded comment: such a cell cannot also take a note. */
  threadedComments?: Set<string>;
  /**
   * Sheet-scoped defined names (`Worksheet.names`, ExcelApi 1.4). Kept on the sheet, so they
   * follow it when it is renamed, as Excel's do (in the file: `localSheetId`, an index).
   */
  names?: SimName[];
}

/** A defined name as Excel holds it: its formula always starts with `=`. */
export interface SimName {
  readonly name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

export interface SimDocument {
  readonly sheets: SimSheet[];
  selection: { sheet: string; address: string } | undefined;
  /** The active sheet's name, once the add-in has activated one (select() activates too). */
  active?: string;
}

export const COLS = 16_384;
export const NO_FILL: SimFill = { pattern: 'None', color: '#FFFFFF', patternColor: '#000000' };

export function cellKey(row: number, col: number): number {
  return row * COLS + col;
}

export function emptyCell(): SimCell {
  return { value: '', numberFormat: 'General', fill: NO_FILL };
}

const VISIBILITY: Record<SheetVisibility, SimVisibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** A document holding a WorkbookGrid's values, number formats and merges (no fills, no notes). */
export function documentFromGrid(grid: WorkbookGrid): SimDocument {
  const sheets = grid.sheets.map((sheet): SimSheet => {
    const cells = new Map<number, SimCell>();
    sheet.rows.forEach((row, r) =>
      row?.forEach((value, c) => {
        if (value === null || value === '') return;
        const numberFormat = sheet.numFmts[r]?.[c] ?? 'General';
        const simValue = isCellError(value) ? value.error : value;
        cells.set(cellKey(r, c), { value: simValue, numberFormat, fill: NO_FILL });
      }),
    );
    return {
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility],
      cells,
      merges: [...sheet.merges],
      notes: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      showGridlines: true,
    };
  });
  return { sheets, selection: undefined };
}

/**
 * Excel's "Move or Copy… → Create a copy": the sheet with its cells, notes and scoped names (so
 * its marker, key and all), placed after it.
 */
export function copySheet(doc: SimDocument, name: string, copy: string): void {
  const index = doc.sheets.findIndex((s) => s.name === name);
  const sheet = doc.sheets[index];
  doc.sheets.splice(index + 1, 0, {
    ...sheet,
    name: copy,
    cells: new Map([...sheet.cells].map(([key, cell]) => [key, { ...cell }])),
    notes: new Map(sheet.notes),
    merges: [...sheet.merges],
    columnWidths: new Map(sheet.columnWidths),
    rowHeights: new Map(sheet.rowHeights),
    names: sheet.names?.map((item) => ({ ...item })),
  });
}

/** Normalises `A1`, `$A$1` or `Sheet!A1` to the bare upper-case A1 form used as a note key. */
export function normaliseCell(address: string): string {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const { row, col } = parseA1(bare);
  return toA1(row, col);
}

/** `A1` or `A1:C3` (optionally sheet-qualified) to a 0-based rectangle. */
export function parseRangeAddress(address: string): CellRange {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [start, end = start] = bare.split(':');
  const from = parseA1(start);
  const to = parseA1(end);
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

/** Sheet names are quoted in addresses when they hold anything but letters, digits and `_`. */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function rangeAddress(sheet: string, range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return `${sheetRef(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

export { columnLetters };

/** Plain, comparable view of one sheet for assertions. */
export interface SheetExport {
  readonly name: string;
  readonly visibility: SimVisibility;
  /** Non-empty values by A1. */
  readonly values: Record<string, SimValue>;
  /** Fills other than none, by A1. */
  readonly fills: Record<string, SimFill>;
  readonly notes: Record<string, string>;
  /** Sheet-scoped names, when the sheet has any: formula and visibility by name. */
  readonly names?: Record<string, { formula: string; visible: boolean }>;
}

export function exportDocument(doc: SimDocument): SheetExport[] {
  return doc.sheets.map((sheet) => {
    const values: Record<string, SimValue> = {};
    const fills: Record<string, SimFill> = {};
    for (const [key, cell] of sheet.cells) {
      const address = toA1(Math.floor(key / COLS), key % COLS);
      if (cell.value !== '') values[address] = cell.value;
      if (cell.fill.pattern !== 'None') fills[address] = cell.fill;
    }
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      values,
      fills,
      notes: Object.fromEntries(sheet.notes),
      ...(sheet.names?.length
        ? {
            names: Object.fromEntries(
              sheet.names.map((n) => [n.name, { formula: n.formula, visible: n.visible }]),
            ),
          }
        : {}),
    };
  });
}
