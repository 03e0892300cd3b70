import type { WorkbookPort } from '../port/WorkbookPort';
import { reconcile, type ReconcileOptions, type ReconcileResult } from '../reconcile';

/**
 * The one use-case every front end calls: read the workbook through its port, reconcile, and
 * write the marks back. The add-in, the ribbon command, the command line and the web page
 * differ only in the port they pass.
 */
export async function reconcileWorkbook(
  port: WorkbookPort,
  options: ReconcileOptions = {},
): Promise<ReconcileResult> {
  const [grid, productSheets] = await Promise.all([port.readGrid(), port.productSheets()]);
  const result = reconcile(grid, {
    ...options,
    ignoreSheets: [...(options.ignoreSheets ?? []), ...productSheets],
  });
  await port.applyMarks(result.marks);
  return result;
}

/** Removes the product's marks, restoring each cell's previous fill and note. */
export async function clearWorkbook(port: WorkbookPort): Promise<void> {
  await port.clearMarks();
}
