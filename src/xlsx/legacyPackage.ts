/**
 * The annotated copy of a binary .xls / .et: a new .xlsx package, written by SheetJS CE from the
 * workbook it read, that the package patcher (./patch) then marks as it marks any .xlsx.
 *
 * SheetJS CE writes no styles, so only what it carries faithfully goes in: every sheet's values
 * (numbers, text, booleans, errors), number formats, merged ranges, sheet visibility, column
 * widths and row heights. Formulas are not written, their cached values are: SheetJS turns BIFF
 * formula tokens back into text, and a formula it got wrong would show the right value until
 * Excel recalculated it. Styles, notes, links, defined names, charts and macros are dropped —
 * the command line says so (src/cli/text.ts, `legacyCopy`).
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import { CannotReconcileError } from '../core/errors';
import { sheetJsLibrary } from './legacy';

/** What the copy keeps of a cell: its value, its type and its number format. */
function valueOnly(cell: CellObject): CellObject | undefined {
  if (cell.t === 'z' || cell.v === undefined) return undefined; // a stub holds no value
  const kept: CellObject = { t: cell.t, v: cell.v };
  if (cell.t === 'e' && cell.w !== undefined) kept.w = cell.w;
  if (cell.z !== undefined) kept.z = cell.z;
  return kept;
}

/** A sheet with its cells reduced to values, and only the layout SheetJS writes faithfully. */
function valuesOf(sheet: WorkSheet): WorkSheet {
  const kept: WorkSheet = {};
  if (sheet['!ref'] !== undefined) kept['!ref'] = sheet['!ref'];
  if (sheet['!merges'] !== undefined) kept['!merges'] = sheet['!merges'];
  if (sheet['!cols'] !== undefined) kept['!cols'] = sheet['!cols'];
  if (sheet['!rows'] !== undefined) kept['!rows'] = sheet['!rows'];
  for (const address of Object.keys(sheet)) {
    if (address.startsWith('!')) continue;
    const cell = valueOnly(sheet[address] as CellObject);
    if (cell) kept[address] = cell;
  }
  return kept;
}

/** The workbook reduced to its sheets' values and layout, tab order and visibility kept. */
function valuesWorkbook(workbook: WorkBook): WorkBook {
  const views = workbook.Workbook?.Sheets ?? [];
  return {
    SheetNames: [...workbook.SheetNames],
    Sheets: Object.fromEntries(
      workbook.SheetNames.map((name) => [name, valuesOf(workbook.Sheets[name])]),
    ),
    Workbook: {
      Sheets: workbook.SheetNames.map((name, i) => ({ name, Hidden: views[i]?.Hidden ?? 0 })),
      // Serial dates mean other days in the 1904 system: the copy keeps the same one.
      WBProps: { date1904: workbook.Workbook?.WBProps?.date1904 ?? false },
    },
  };
}

/**
 * Writes a binary workbook's values and layout as a new .xlsx package (shared strings, deflated).
 * @throws Error when SheetJS cannot read the bytes (the caller says so in one line)
 */
export function legacyToXlsxPackage(bytes: Uint8Array): Uint8Array {
  const library = sheetJsLibrary();
  const workbook = library.read(bytes, {
    type: 'array',
    cellNF: true,
    cellDates: false,
    // Column widths and row heights are read only with the styles.
    cellStyles: true,
    cellFormula: false,
    cellHTML: false,
  });
  const written = library.write(valuesWorkbook(workbook), {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
    compression: true,
  }) as ArrayBuffer;
  return new Uint8Array(written);
}

/**
 * `legacyToXlsxPackage` for a named file: a failure is one line naming it (the command line's
 * `--out` and the web page's copy of an .xls / .et).
 *
 * @throws CannotReconcileError when SheetJS cannot read the workbook
 */
export function legacyPackageOf(file: string, bytes: Uint8Array): Uint8Array {
  try {
    return legacyToXlsxPackage(bytes);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new CannotReconcileError(`${file}: not a readable .xls / .et workbook (${message})`);
  }
}
