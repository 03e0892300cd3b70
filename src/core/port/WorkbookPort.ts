import type { WorkbookGrid } from '../model/grid';
import type { Mark } from './marks';

/**
 * What the reconciliation needs from a workbook host. The ExcelJS file adapter and the office.js
 * adapter both implement it and pass one contract suite, so the command line and the add-in
 * find and write exactly the same things.
 *
 * Reading and marking are symmetric: `applyMarks` records every touched cell's previous fill
 * and note in a registry inside the workbook, and `clearMarks` restores exactly those.
 */
export interface WorkbookPort {
  /** Every sheet's values, number formats and merged ranges. */
  readGrid(): Promise<WorkbookGrid>;
  /**
   * Replaces the product's marks with these: cells marked before and not now get their previous
   * fill and note back; cells marked now are filled and noted, their prior state recorded.
   * Never changes a cell's value.
   */
  applyMarks(marks: readonly Mark[]): Promise<void>;
  /** Removes every mark the registry lists, restoring each cell's previous fill and note. */
  clearMarks(): Promise<void>;
  /** Names of sheets the product created (summary, registry), which are never reconciled. */
  productSheets(): Promise<readonly string[]>;
}
