/**
 * Reading and reconciling a workbook's bytes with the fast reader: the grid, the findings, and
 * the writes the use case asked for (marks, summary layout) for the package patcher to apply.
 * (The name is historical: `--out` no longer needs a second thread, since the ExcelJS load it
 * overlapped with is gone.)
 */
import type { ReconcileWorkbookOptions } from '../core/usecase/reconcileWorkbook';
import { reconcileWorkbook } from '../core/usecase/reconcileWorkbook';
import type { JsonReport } from '../core/findings/report';
import type { Mark } from '../core/port/marks';
import type { SummaryLayout } from '../core/summary/layout';
import { openGridPort } from '../xlsx/fast/GridPort';

/** What a reconciliation hands back: the report's parts and the writes to apply. */
export interface Reconciled {
  readonly sheets: JsonReport['sheets'];
  readonly findings: JsonReport['findings'];
  readonly projects: JsonReport['projects'];
  readonly marks: readonly Mark[];
  readonly summary: SummaryLayout | undefined;
}

/** Reads and reconciles `bytes` with the fast reader. */
export async function reconcileBytes(
  file: string,
  bytes: Uint8Array,
  options: ReconcileWorkbookOptions,
): Promise<Reconciled> {
  const port = openGridPort(file, bytes);
  const result = await reconcileWorkbook(port, options);
  return {
    sheets: result.sheets,
    findings: result.findings,
    projects: result.projects,
    marks: port.marks,
    summary: port.summary?.layout,
  };
}
