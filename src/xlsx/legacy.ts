/**
 * .xls and .et (WPS) workbooks — OLE compound files holding BIFF records — read through SheetJS
 * Community Edition (`@e965/xlsx`, an npm republish of 0.20.3, pinned: the `xlsx` package on npm
 * is frozen at 0.18.5 with CVE-2023-30533 and CVE-2024-22363; README "Choices"). Only the values,
 * number formats, merges and visibility become the core's grid, as the fast reader gives them
 * for an .xlsx.
 */
import type * as SheetJs from '@e965/xlsx';
import type { CellObject, WorkBook } from '@e965/xlsx';
import type {
  CellRange,
  CellValue,
  SheetGrid,
  SheetVisibility,
  WorkbookGrid,
} from '../core/model/grid';
import { GridBuilder } from './fast/gridBuilder';
import { builtInNumFmt, isDateFormat, serialViaDate } from './fast/numFmts';
import { CellBudget, checkRow, checkText } from './fast/limits';

let sheetJs: typeof SheetJs | undefined;

/**
 * SheetJS, loaded on the first .xls / .et read: it costs about 0.2 s and 33 MB to load, which a
 * run over .xlsx files never needs (the bench's `--json` memory target counts it).
 */
export function sheetJsLibrary(): typeof SheetJs {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose, see above
  return (sheetJs ??= require('@e965/xlsx') as typeof SheetJs);
}

const VISIBILITY: readonly SheetVisibility[] = ['visible', 'hidden', 'veryHidden'];

function valueOf(cell: CellObject): CellValue | undefined {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : undefined;
    case 's':
      return typeof cell.v === 'string' ? cell.v : undefined;
    case 'b':
      return typeof cell.v === 'boolean' ? cell.v : undefined;
    case 'e':
      return { error: cell.w ?? '#N/A' };
    default:
      return undefined; // stubs ('z') and anything else hold no value
  }
}

/** SheetJS's formatting library, as far as it is used here (its typings say `any`). */
interface FormatTable {
  get_table(): Record<number, string | undefined>;
}

let builtInNames: Map<string, string> | undefined;

/**
 * A number format as the fast reader names it. SheetJS names a built-in format by its own
 * table (14 is `m/d/yy`), the fast reader by ExcelJS's (`mm-dd-yy`); SheetJS's writer maps the
 * same text back to the same id, so the .xls reads as its .xlsx copy (./legacyPackage.ts) does.
 */
function asFastReaderNames(format: string): string {
  if (!builtInNames) {
    builtInNames = new Map();
    const table = (sheetJsLibrary().SSF as FormatTable).get_table();
    for (const [id, code] of Object.entries(table)) {
      const ours = builtInNumFmt(Number(id));
      if (code !== undefined && ours !== undefined && !builtInNames.has(code)) {
        builtInNames.set(code, ours);
      }
    }
  }
  return builtInNames.get(format) ?? format;
}

function sheetGrid(workbook: WorkBook, name: string, index: number, cells: CellBudget): SheetGrid {
  const sheet = workbook.Sheets[name];
  const date1904 = workbook.Workbook?.WBProps?.date1904 ?? false;
  // The fast reader's builder, so a cell under a merge is dropped and gaps are filled the same
  // way: the .xls reads as the .xlsx SheetJS writes from it (./legacyPackage.ts) reads back.
  const grid = new GridBuilder();
  const part = `sheet ${name}`;
  for (const address of Object.keys(sheet)) {
    if (address.startsWith('!')) continue;
    const cell = sheet[address] as CellObject;
    const value = valueOf(cell);
    if (value === undefined) continue;
    const { r, c } = sheetJsLibrary().utils.decode_cell(address);
    checkRow(part, r + 1);
    if (typeof value === 'string') checkText(part, value.length);
    cells.spend(part);
    const format =
      typeof value === 'number' && typeof cell.z === 'string' && cell.z !== 'General'
        ? asFastReaderNames(cell.z)
        : undefined;
    // A date-formatted number goes through a Date there too (whole milliseconds).
    const read =
      typeof value === 'number' && isDateFormat(format) ? serialViaDate(value, date1904) : value;
    grid.set(r, c, read, format);
  }
  const merges: CellRange[] = (sheet['!merges'] ?? []).map((range) => ({
    top: range.s.r,
    left: range.s.c,
    bottom: range.e.r,
    right: range.e.c,
  }));
  const hidden = workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0;
  return grid.finish(name, VISIBILITY[hidden] ?? 'visible', merges);
}

/**
 * Reads a binary workbook's sheets, in tab order, as the core's grids.
 * @throws Error when SheetJS cannot read the bytes (the caller says so in one line)
 */
export function readLegacyWorkbookGrid(bytes: Uint8Array): WorkbookGrid {
  const workbook = sheetJsLibrary().read(bytes, {
    type: 'array',
    cellNF: true,
    cellDates: false,
    cellStyles: false,
  });
  const cells = new CellBudget();
  return { sheets: workbook.SheetNames.map((name, i) => sheetGrid(workbook, name, i, cells)) };
}
