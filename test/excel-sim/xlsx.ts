import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/model/address';
import { isCellError } from '../../src/core/model/grid';
import { toCellValue as toOfficeCellValue } from '../../src/excel/readGrid';
import { toCellValue } from '../../src/xlsx/cellValue';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { calculateOnOpen } from './calc';
import { readPackageNames, writePackageNames } from './packageNames';
import {
  cellKey,
  COLS,
  NO_FILL,
  parseRangeAddress,
  type SimCell,
  type SimDocument,
  type SimFill,
  type SimSheet,
  type SimVisibility,
} from './state';

/** Node-only: loads and saves the simulator's document as .xlsx through ExcelJS. */

const OFFICE_PATTERN: Readonly<Record<string, string>> = {
  mediumGray: 'Gray50',
  darkGray: 'Gray75',
  lightGray: 'Gray25',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'SemiGray75',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
  gray125: 'Gray16',
  gray0625: 'Gray8',
};
const OOXML_PATTERN = Object.fromEntries(Object.entries(OFFICE_PATTERN).map(([k, v]) => [v, k]));

const hash = (argb: string | undefined, fallback: string): string =>
  argb && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : fallback;

/** An ExcelJS fill as Excel would report it (theme colours are not resolved: white). */
function simFill(fill: ExcelJS.Fill | undefined): SimFill {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return NO_FILL;
  if (fill.pattern === 'solid') {
    return {
      pattern: 'Solid',
      color: hash(fill.fgColor?.argb, '#FFFFFF'),
      patternColor: '#000000',
    };
  }
  return {
    pattern: OFFICE_PATTERN[fill.pattern] ?? 'Gray50',
    color: hash(fill.bgColor?.argb, '#FFFFFF'),
    patternColor: hash(fill.fgColor?.argb, '#000000'),
  };
}

function excelJsFill(fill: SimFill): ExcelJS.Fill | undefined {
  if (fill.pattern === 'None') return undefined;
  const argb = (color: string) => `FF${color.replace('#', '')}`;
  if (fill.pattern === 'Solid') {
    return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill.color) } };
  }
  return {
    type: 'pattern',
    pattern: (OOXML_PATTERN[fill.pattern] ?? 'mediumGray') as ExcelJS.FillPatterns,
    fgColor: { argb: argb(fill.patternColor) },
    bgColor: { argb: argb(fill.color) },
  };
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string | undefined {
  if (!note) return undefined;
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

const VISIBILITY: Record<string, SimVisibility> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** `formulas[r][c]`: each formula cell's text, shared formulas expanded (the core's reading). */
function simSheet(
  worksheet: ExcelJS.Worksheet,
  formulas: ReadonlyArray<ReadonlyArray<string | undefined> | undefined> = [],
): SimSheet {
  const cells = new Map<number, SimCell>();
  const notes = new Map<string, string>();
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const covered = cell.isMerged && cell.master !== cell;
      const value = covered ? null : toCellValue(cell.value);
      const fill = simFill(cell.fill);
      const numberFormat = cell.numFmt || 'General';
      const note = noteText(cell.note);
      if (note !== undefined) notes.set(toA1(rowNumber - 1, colNumber - 1), note);
      const simValue = value === null ? '' : isCellError(value) ? value.error : value;
      const formula = covered ? undefined : formulas[rowNumber - 1]?.[colNumber - 1];
      if (!formula && simValue === '' && fill === NO_FILL && numberFormat === 'General') return;
      cells.set(cellKey(rowNumber - 1, colNumber - 1), {
        value: simValue,
        numberFormat,
        fill,
        ...(formula ? { formula: `=${formula}` } : {}),
      });
    });
  });
  const merges = ((worksheet.model as { merges?: string[] }).merges ?? []).map(parseRangeAddress);
  return {
    name: worksheet.name,
    visibility: VISIBILITY[worksheet.state ?? 'visible'] ?? 'Visible',
    cells,
    merges,
    notes,
    columnWidths: new Map(),
    rowHeights: new Map(),
    showGridlines: true,
  };
}

/** The workbook as Excel holds it once opened: formulas kept, those saved without results calculated. */
export function documentFromWorkbook(workbook: ExcelJS.Workbook): SimDocument {
  const grid = workbookGridOf(workbook);
  const doc = {
    sheets: workbook.worksheets.map((worksheet, i) => simSheet(worksheet, grid.sheets[i].formulas)),
    selection: undefined,
  };
  calculateOnOpen(doc);
  return doc;
}

export async function documentFromXlsx(file: string): Promise<SimDocument> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return documentFromWorkbook(workbook);
}

const STATE: Record<SimVisibility, ExcelJS.WorksheetState> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

/** The document as an ExcelJS workbook: what Excel would save, for the other front end to open. */
export function workbookFromDocument(doc: SimDocument): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of doc.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    for (const [key, cell] of sheet.cells) {
      const target = worksheet.getCell(Math.floor(key / COLS) + 1, (key % COLS) + 1);
      // Excel reports error cells as their literal text; saved, they are error values again.
      const value = toOfficeCellValue(cell.value);
      if (cell.hyperlink?.documentReference) {
        target.value = { text: String(cell.value), hyperlink: cell.hyperlink.documentReference };
      } else if (cell.formula) {
        // Excel saves a formula with the result it calculated.
        const result =
          value === null ? undefined : isCellError(value) ? { error: value.error } : value;
        target.value = { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
      } else if (value !== null) {
        target.value = isCellError(value)
          ? ({ error: value.error } as ExcelJS.CellErrorValue)
          : value;
      }
      if (cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
      const fill = excelJsFill(cell.fill);
      if (fill) target.fill = fill;
    }
    for (const [address, note] of sheet.notes) worksheet.getCell(address).note = note;
    for (const merge of sheet.merges) {
      worksheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
    }
  }
  return workbook;
}

/**
 * The document as Excel would open it from a saved package: through ExcelJS, plus the sheet-scoped
 * defined names ExcelJS does not keep (the product's sheet markers).
 */
export async function documentFromPackageBytes(bytes: Uint8Array): Promise<SimDocument> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const doc = documentFromWorkbook(workbook);
  readPackageNames(doc, bytes);
  return doc;
}

/** The document saved as a package, as Excel would save it, sheet-scoped names included. */
export async function packageFromDocument(doc: SimDocument): Promise<Uint8Array> {
  const bytes = new Uint8Array(await workbookFromDocument(doc).xlsx.writeBuffer());
  return writePackageNames(doc, bytes);
}
