import { detectWorkbook } from '../detect';
import { totalCells } from '../detect/totals';
import { parseA1 } from '../model/address';
import type { SheetGrid, WorkbookGrid } from '../model/grid';
import type { WorkbookPort } from '../port/WorkbookPort';
import { summaryLayoutOf } from '../summary/summarize';
import { reconcile, type ReconcileOptions, type ReconcileResult } from '../reconcile';

export interface ReconcileWorkbookOptions extends ReconcileOptions {
  /** Write the summary sheet (default true). */
  readonly summary?: boolean;
}

/**
 * The one use-case every front end calls: read the workbook through its port, reconcile, and
 * write the marks and the summary sheet back. The add-in, the ribbon command, the command line
 * and the web page differ only in the port they pass.
 */
export async function reconcileWorkbook(
  port: WorkbookPort,
  options: ReconcileWorkbookOptions = {},
): Promise<ReconcileResult> {
  const [read, productSheets] = await Promise.all([port.readGrid(), port.productSheets()]);
  const grid = await withTotalFormulas(port, read, productSheets);
  const result = reconcile(grid, {
    ...options,
    ignoreSheets: [...(options.ignoreSheets ?? []), ...productSheets],
  });
  await port.applyMarks(result.marks);
  if (options.summary !== false) {
    await port.writeSummary(
      summaryLayoutOf(result, { language: options.language, strict: options.strict }),
    );
  }
  return result;
}

/**
 * The grid with the formulas of the cells that state totals, from a host that shows calculated
 * values only (Excel): detection finds the totals, the host gives their formulas.
 */
async function withTotalFormulas(
  port: WorkbookPort,
  grid: WorkbookGrid,
  productSheets: readonly string[],
): Promise<WorkbookGrid> {
  if (!port.readFormulas || grid.sheets.some((sheet) => sheet.formulas)) return grid;
  const cells = totalCells(detectWorkbook(grid, { ignoreSheets: productSheets }));
  if (!cells.length) return grid;
  const formulas = await port.readFormulas(cells);
  if (!formulas.size) return grid;
  return {
    sheets: grid.sheets.map((sheet): SheetGrid => {
      const own = formulas.get(sheet.name);
      if (!own?.size) return sheet;
      const sparse: (string | undefined)[][] = [];
      for (const [address, formula] of own) {
        const { row, col } = parseA1(address);
        (sparse[row] ??= [])[col] = formula;
      }
      return { ...sheet, formulas: sparse };
    }),
  };
}

/**
 * Removes the product's marks, restoring each cell's previous fill and note, and the sheets the
 * product created.
 */
export async function clearWorkbook(port: WorkbookPort): Promise<void> {
  await port.clearMarks();
}
