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
  const [grid, productSheets] = await Promise.all([port.readGrid(), port.productSheets()]);
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
 * Removes the product's marks, restoring each cell's previous fill and note, and the sheets the
 * product created.
 */
export async function clearWorkbook(port: WorkbookPort): Promise<void> {
  await port.clearMarks();
}
