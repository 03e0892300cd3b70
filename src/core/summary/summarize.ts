import type { Language } from '../model/finding';
import type { ReconcileResult } from '../reconcile';
import type { ProjectReport } from '../findings/report';
import { projectFiguresOf } from './fromReports';
import { summaryInputOf } from './input';
import { buildSummaryLayout } from './layout/buildLayout';
import type { SummaryLayout } from './layout/types';
import type { ProjectFigures } from './types';

export interface SummaryOptions {
  readonly language?: Language;
  readonly strict?: boolean;
  readonly projects?: readonly ProjectFigures[];
}

/**
 * The summary sheet's layout for a reconciliation result: what `WorkbookPort.writeSummary` takes.
 * The projects come from `result.projects` when the reconciliation reports them, else from the
 * workbook model.
 */
export function summaryLayoutOf(
  result: Pick<ReconcileResult, 'model' | 'findings' | 'checks'> & {
    readonly projects?: readonly ProjectReport[];
  },
  options: SummaryOptions = {},
): SummaryLayout {
  const projects =
    options.projects ??
    (result.projects?.length ? projectFiguresOf(result.projects, result.model) : undefined);
  const input = summaryInputOf(result.model, result.findings, {
    ...options,
    projects,
    checks: result.checks,
  });
  return buildSummaryLayout(input, options.language ?? 'zh-CN');
}
