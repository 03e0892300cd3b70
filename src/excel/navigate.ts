import { parseA1, toA1 } from '../core/model/address';
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
  const bang = address.lastIndexOf('!');
  const rawSheet = address.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const { row, col } = parseA1(address.slice(bang + 1).split(':')[0]);
  return { sheet, cell: toA1(row, col) };
}

/** The cell the user has selected: how they point at a header for a column-role override. */
export function selectedCell(run: ExcelRun): Promise<SelectedCell> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load('address');
    await context.sync();
    return parseSelection(range.address);
  });
}
