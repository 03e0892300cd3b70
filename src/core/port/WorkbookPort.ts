import type { WorkbookGrid } from '../model/grid';
import type { SummaryLayout } from '../summary/layout/types';
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
  /**
   * Removes every mark the registry lists, restoring each cell's previous fill and note, and
   * deletes the sheets the product created (the summary), so the workbook is as it was before
   * the first reconciliation.
   */
  clearMarks(): Promise<void>;
  /**
   * Writes the summary sheet exactly as `layout` describes it (see `SummaryLayout`) and records
   * it in the registry's sheet list. The summary sheets the product wrote before are deleted
   * first; a sheet the product did not create is never touched: if one holds
   * `layout.sheetName`, the summary goes under `sheetNameFor()`'s next free name
   * (`对账摘要 (2)`). Texts are written as plain strings, never as formulas.
   *
   * @returns the name of the sheet written.
   */
  writeSummary(layout: SummaryLayout): Promise<string>;
  /** Names of sheets the product created (summary, registry), which are never reconciled. */
  productSheets(): Promise<readonly string[]>;
  /**
   * The formulas of the given cells (`=` left off), by sheet name and A1 address; cells without a
   * formula are left out. A host whose grid already carries formulas (a file) need not implement
   * it; Excel shows calculated values, so the add-in asks only for the cells that state totals —
   * a total's SUM is evidence of the lines its author meant it to cover.
   */
  readFormulas?(
    cells: readonly { readonly sheet: string; readonly cell: string }[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, string>>>;
}
