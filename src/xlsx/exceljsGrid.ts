import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../core/model/grid';
import { parseA1 } from '../core/model/address';
import { shiftFormula } from '../core/formula/shift';
import { isUnknownFigure } from '../core/model/grid';
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

/**
 * A formula cell's text: its own, or a shared formula's master's moved to this cell (ExcelJS's
 * own translation misses quoted sheet names and whole columns, so the core's is used).
 */
function formulaOf(worksheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (!value || typeof value !== 'object') return undefined;
  if ('formula' in value && value.formula) return value.formula;
  if (!('sharedFormula' in value) || !value.sharedFormula) return undefined;
  const from = parseA1(value.sharedFormula);
  const master = worksheet.findCell(from.row + 1, from.col + 1);
  const text = master?.model.formula;
  if (!master || !text) return undefined;
  const to = parseA1(cell.address);
  return shiftFormula(text, to.row - from.row, to.col - from.col);
}

/** One worksheet as the core's grid. Cells covered by a merge, other than its top-left, are empty. */
export function sheetGridOf(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: (CellValue[] | undefined)[] = [];
  const numFmts: ((string | undefined)[] | undefined)[] = [];
  const formulas: ((string | undefined)[] | undefined)[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    let formats: (string | undefined)[] | undefined;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const formula = formulaOf(worksheet, cell);
      const value = cellValueOf(cell, formula);
      values[colNumber - 1] = value;
      if (formula) (formulas[rowNumber - 1] ??= [])[colNumber - 1] = formula;
      const format = cell.numFmt;
      const figure = typeof value === 'number' || (value !== null && isUnknownFigure(value));
      if (figure && format && format !== 'General') {
        formats ??= [];
        formats[colNumber - 1] = format;
      }
    });
    for (let col = 0; col < values.length; col++) if (values[col] === undefined) values[col] = null;
    rows[rowNumber - 1] = values;
    if (formats) numFmts[rowNumber - 1] = formats;
  });
  const grid = {
    name: worksheet.name,
    visibility: worksheet.state === 'visible' || !worksheet.state ? 'visible' : worksheet.state,
    rows,
    numFmts,
    merges: mergesOf(worksheet),
  } as const;
  // Only a sheet holding formulas says so, as the fast reader leaves it.
  return formulas.length ? { ...grid, formulas } : grid;
}

/** Every worksheet of a loaded ExcelJS workbook, in tab order. */
export function workbookGridOf(workbook: ExcelJS.Workbook): WorkbookGrid {
  return { sheets: workbook.worksheets.map(sheetGridOf) };
}
