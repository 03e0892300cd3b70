/**
 * What the page shows of the summary sheet: the narrative paragraphs and the reconciliation
 * table, from the same summary input the summary sheet is laid out from (core/summary), so the
 * page and the annotated workbook say the same thing.
 */
import { maskIds } from '../../core/findings/privacy';
import type { ReconcileResult } from '../../core/reconcile';
import { buildSummaryLayout } from '../../core/summary/layout/buildLayout';
import { checkRow } from '../../core/summary/layout/rows';
import type { LayoutCell, SummaryLayout } from '../../core/summary/layout/types';
import { SUMMARY_MESSAGES } from '../../core/summary/messages';
import { buildNarrative } from '../../core/summary/narrative';
import { projectFiguresOf } from '../../core/summary/fromReports';
import { summaryInputOf } from '../../core/summary/input';
import type { CheckRow } from '../../core/summary/types';
import type { CheckView, RunOptions } from '../protocol';

/** Agreeing checks listed one by one in the page; every differing one is always listed. */
export const MAX_AGREEING_CHECKS = 200;

export interface PageSummary {
  readonly layout: SummaryLayout;
  readonly narrative: string[];
  readonly checks: CheckView[];
  readonly checksOmitted: number;
}

function textOf(cell: LayoutCell | undefined): string {
  return cell && (cell.kind === 'text' || cell.kind === 'link') ? cell.text : '';
}

function checkView(check: CheckRow, options: RunOptions): CheckView {
  const cells = checkRow(check, SUMMARY_MESSAGES[options.language]).cells;
  return {
    label: maskIds(textOf(cells[0])),
    measure: check.measure.kind,
    sheet: check.ref.sheet,
    cell: check.ref.cell,
    unit: textOf(cells[1]),
    stated: check.stated,
    recomputed: check.recomputed,
    difference: check.difference,
    status: check.status,
  };
}

/** The summary as `summaryLayoutOf` builds it (core/summary/summarize.ts), kept in parts. */
export function pageSummary(result: ReconcileResult, options: RunOptions): PageSummary {
  const projects = result.projects.length
    ? projectFiguresOf(result.projects, result.model)
    : undefined;
  const input = summaryInputOf(result.model, result.findings, {
    strict: options.strict,
    projects,
  });
  let agreeing = 0;
  const listed = input.checks.filter(
    (check) => check.status !== 'equal' || agreeing++ < MAX_AGREEING_CHECKS,
  );
  return {
    layout: buildSummaryLayout(input, options.language),
    narrative: buildNarrative(input, options.language).map(maskIds),
    checks: listed.map((check) => checkView(check, options)),
    checksOmitted: input.checks.length - listed.length,
  };
}
