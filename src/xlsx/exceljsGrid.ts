import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../core/model/grid';
import { parseA1 } from '../core/model/address';
import { cellValueOf } from './cellValue';

function parseRange(text: string): CellRange {
  const [start, end = start] = text.split(':');
  const from = parseA1(start);
  const to = parseA1(end);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** Merged ranges of a worksheet, read from its model (ExcelJS keeps them as `A1:E1` strings). */
function mergesOf(worksheet: ExcelJS.Worksheet): CellRange[] {
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  return merges.map(parseRange);
}

/** One worksheet as the core's grid. Cells covered by a merge, other than its top-left, are empty. */
export function sheetGridOf(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: (CellValue[] | undefined)[] = [];
  const numFmts: ((string | undefined)[] | undefined)[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    let formats: (string | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = cellValueOf(cell);
      values[colNumber - 1] = value;
      const format = cell.numFmt;
      if (typeof value === 'number' && format && format !== 'General') {
        formats ??= [];
        formats[colNumber - 1] = format;
      }
    });
    for (let col = 0; col < values.length; col++) if (values[col] === undefined) values[col] = null;
    rows[rowNumber - 1] = values;
    if (formats) numFmts[rowNumber - 1] = formats;
  });
  return {
    name: worksheet.name,
    visibility: worksheet.state === 'visible' || !worksheet.state ? 'visible' : worksheet.state,
    rows,
    numFmts,
    merges: mergesOf(worksheet),
  };
}

/** Every worksheet of a loaded ExcelJS workbook, in tab order. */
export function workbookGridOf(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetGridOf) };
}
