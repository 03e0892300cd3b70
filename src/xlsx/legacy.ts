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
import { CellBudget, checkRow, checkText } from './fast/limits';

let sheetJs: typeof SheetJs | undefined;

/**
 * SheetJS, loaded on the first .xls / .et read: it costs about 0.2 s and 33 MB to load, which a
 * run over .xlsx files never needs (the bench's `--json` memory target counts it).
 */
function library(): typeof SheetJs {
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

function sheetGrid(workbook: WorkBook, name: string, index: number, cells: CellBudget): SheetGrid {
  const sheet = workbook.Sheets[name];
  const rows: CellValue[][] = [];
  const numFmts: string[][] = [];
  const part = `sheet ${name}`;
  for (const address of Object.keys(sheet)) {
    if (address.startsWith('!')) continue;
    const cell = sheet[address] as CellObject;
    const value = valueOf(cell);
    if (value === undefined) continue;
    const { r, c } = library().utils.decode_cell(address);
    checkRow(part, r + 1);
    if (typeof value === 'string') checkText(part, value.length);
    cells.spend(part);
    (rows[r] ??= [])[c] = value;
    if (typeof value === 'number' && typeof cell.z === 'string' && cell.z !== 'General') {
      (numFmts[r] ??= [])[c] = cell.z;
    }
  }
  for (const row of rows) if (row) for (let c = 0; c < row.length; c++) row[c] ??= null;
  const merges: CellRange[] = (sheet['!merges'] ?? []).map((range) => ({
    top: range.s.r,
    left: range.s.c,
    bottom: range.e.r,
    right: range.e.c,
  }));
  const hidden = workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0;
  return { name, visibility: VISIBILITY[hidden] ?? 'visible', rows, numFmts, merges };
}

/**
 * Reads a binary workbook's sheets, in tab order, as the core's grids.
 * @throws Error when SheetJS cannot read the bytes (the caller says so in one line)
 */
export function readLegacyWorkbookGrid(bytes: Uint8Array): WorkbookGrid {
  const workbook = library().read(bytes, {
    type: 'array',
    cellNF: true,
    cellDates: false,
    cellStyles: false,
  });
  const cells = new CellBudget();
  return { sheets: workbook.SheetNames.map((name, i) => sheetGrid(workbook, name, i, cells)) };
}
