import type { WorkbookGrid } from '../../src/core/model/grid';
import { rosterWorkbook } from '../support/rosterGrid';

/**
 * Workbooks for the pane's screenshots: a roster (3 000 rows unless asked) paid 310 instead of
 * 300 on every row (one systematic error). The workbook with a finding of every rule is
 * test/fixtures/everyRule.ts.
 */
export const rosterGrid = (size = 3000): WorkbookGrid =>
  rosterWorkbook({ size, withLine: true, amountAt: () => 310 });

/** The roster's sheet and the cells of its first and last recipient's amounts. */
export const ROSTER_SHEET = '困难职工名单';
export const rosterCell = (row: number): string => `${ROSTER_SHEET}!C${row + 4}`;
