import ExcelJS from 'exceljs';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import type { WorkbookPort } from '../../src/core/port/WorkbookPort';
import { toCellValue } from '../../src/xlsx/cellValue';
import { XlsxPort } from '../../src/xlsx/XlsxPort';
import { simPort } from '../excel-sim/harness';
import { documentFromWorkbook, workbookFromDocument } from '../excel-sim/xlsx';

/**
 * One adapter as the contract suite drives it: open a workbook, get a port, and look at the
 * workbook afterwards as the user would see it once saved (an ExcelJS workbook either way, so
 * both adapters are judged by one view).
 */
export interface AdapterUnderTest {
  readonly name: string;
  open(workbook: ExcelJS.Workbook): Opened;
}

export interface Opened {
  readonly port: WorkbookPort;
  saved(): ExcelJS.Workbook;
}

/** Deep copy through the file format, so adapters never share one in-memory workbook. */
export async function copyWorkbook(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

export const XLSX_ADAPTER: AdapterUnderTest = {
  name: 'xlsx (ExcelJS)',
  open(workbook) {
    return { port: new XlsxPort(workbook), saved: () => workbook };
  },
};

/** Excel over the simulator, on a host with notes (ExcelApi 1.18). */
export const EXCEL_ADAPTER: AdapterUnderTest = {
  name: 'excel (office.js, simulated)',
  open(workbook) {
    const doc = documentFromWorkbook(workbook);
    // A small budget forces several chunks even on fixtures, so chunk seams are exercised.
    return {
      port: simPort(doc, { budget: 64 * 1024 }).port,
      saved: () => workbookFromDocument(doc),
    };
  },
};

export const ADAPTERS: readonly AdapterUnderTest[] = [XLSX_ADAPTER, EXCEL_ADAPTER];

export interface CellLook {
  readonly fill: string;
  readonly note: string | null;
}

function fillLook(fill: ExcelJS.Fill | undefined): string {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return 'none';
  const colour = (c: Partial<ExcelJS.Color> | undefined) => (c?.argb ?? '').slice(-6).toUpperCase();
  if (fill.pattern === 'solid') return `solid:${colour(fill.fgColor)}`;
  return `${fill.pattern}:${colour(fill.fgColor)}:${colour(fill.bgColor)}`;
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (!note) return null;
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

/** Every cell of the user's sheets that has a fill or a note, as `sheet!A1`. */
export function looks(workbook: ExcelJS.Workbook): Record<string, CellLook> {
  const out: Record<string, CellLook> = {};
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === REGISTRY_SHEET) continue;
    worksheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const look = { fill: fillLook(cell.fill), note: noteText(cell.note) };
        if (look.fill !== 'none' || look.note !== null)
          out[`${worksheet.name}!${cell.address}`] = look;
      }),
    );
  }
  return out;
}

/**
 * Values of every cell (formula cells by their cached result: the simulator keeps no formulas),
 * to prove marking never changes one.
 */
export function values(
  workbook: ExcelJS.Workbook,
  sheets: readonly string[] = sheetNames(workbook),
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === REGISTRY_SHEET || !sheets.includes(worksheet.name)) continue;
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (!(cell.isMerged && cell.master !== cell))
          out[`${worksheet.name}!${cell.address}`] = toCellValue(cell.value);
      }),
    );
  }
  return out;
}

/** Sheet names in tab order, the registry left out. */
export function sheetNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((sheet) => sheet.name).filter((name) => name !== REGISTRY_SHEET);
}

export function registryState(workbook: ExcelJS.Workbook): ExcelJS.WorksheetState | 'absent' {
  return workbook.getWorksheet(REGISTRY_SHEET)?.state ?? 'absent';
}

export { documentFromWorkbook };
