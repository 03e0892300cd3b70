import type { Language } from '../model/finding';
import type { ReconcileResult } from '../reconcile';
import { summaryInputOf } from './input';
import { buildSummaryLayout } from './layout/buildLayout';
import type { SummaryLayout } from './layout/types';
import type { ProjectFigures } from './types';

export interface SummaryOptions {
  readonly language?: Language;
  readonly strict?: boolean;
  readonly projects?: readonly ProjectFigures[];
}

/** The summary sheet's layout for a reconciliation result: what `WorkbookPort.writeSummary` takes. */
export function summaryLayoutOf(
  result: Pick<ReconcileResult, 'model' | 'findings'>,
  options: SummaryOptions = {},
): SummaryLayout {
  const input = summaryInputOf(result.model, result.findings, options);
  return buildSummaryLayout(input, options.language ?? 'zh-CN');
}
