import { toA1 } from '../core/model/address';
import { parseArea, splitAreas } from './addresses';
import type { ExcelRun } from './host';

/** Activates the sheet and selects the cell, so the user lands on the figure in question. */
export function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  return run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

export interface SelectedCell {
  readonly sheet: string;
  /** The selection's top-left cell, A1. */
  readonly cell: string;
}

/** Splits `'My sheet'!B4:C9` into the sheet name and its first cell. */
export function parseSelection(address: string): SelectedCell {
  const { sheet, range } = parseArea(splitAreas(address)[0] ?? address);
  return { sheet: sheet ?? '', cell: toA1(range.top, range.left) };
}

/** The cell the user has selected: how they point at a header for a column-role override. */
export function selectedCell(run: ExcelRun): Promise<SelectedCell> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load('address');
    await context.sync();
    return parseSelection(range.address);
  });
}
