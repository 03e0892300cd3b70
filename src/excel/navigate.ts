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

/** Activates a sheet: the summary, after a ribbon run without errors to land on. */
export function activateSheet(run: ExcelRun, sheet: string): Promise<void> {
  return run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

export interface SelectedCell {
  readonly sheet: string;
  /** The selection's top-left cell, A1. */
  readonly cell: string;
  /** What that cell shows, so the pane can name the header the user picked. */
  readonly text?: string;
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
    const selected = parseSelection(range.address);
    const cell = context.workbook.worksheets
      .getItem(selected.sheet)
      .getRange(selected.cell)
      .load('values');
    await context.sync();
    const value: unknown = cell.values[0]?.[0];
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    return { ...selected, text };
  });
}
