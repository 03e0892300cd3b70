import type { WorkbookModel } from '../detect/workbook';
import { parseA1 } from '../model/address';
import type { Finding } from '../model/finding';
import { findBasicExpenditure } from './basic';
import { findProjects } from './projects';
import { withFindings } from './overlay';
import type { CheckRow, ProjectFigures, SummaryInput } from './types';
import { findOfficialSentence } from './official';
import { findYear } from './year';

export interface SummaryInputOptions {
  readonly strict?: boolean;
  /**
   * The projects to describe. By default they are read from the model (budget lines under
   * 项目支出 and the disbursement lines booked to them).
   */
  readonly projects?: readonly ProjectFigures[];
  /** What the rules compared (ReconcileResult.checks): the reconciliation table's rows. */
  readonly checks?: readonly CheckRow[];
}

/**
 * Row labels of the rows findings are on, keyed `sheet!row` (what the narrative and the
 * reconciliation table name a finding's figure by). Only those rows: a 200 000-row roster's
 * labels are not built when few of its rows have a finding.
 */
function labelsOf(model: WorkbookModel, findings: readonly Finding[]): Map<string, string> {
  const wanted = new Map<string, Set<number>>();
  for (const finding of findings) {
    const rows = wanted.get(finding.sheet) ?? new Set<number>();
    rows.add(parseA1(finding.cell).row);
    wanted.set(finding.sheet, rows);
  }
  const labels = new Map<string, string>();
  for (const sheet of model.tables) {
    const rows = wanted.get(sheet.name);
    if (!rows) continue;
    for (const row of sheet.rows)
      if (row.label && rows.has(row.row)) labels.set(`${sheet.name}!${row.row + 1}`, row.label);
  }
  return labels;
}

/** On one cell: its total first, then 人数 × 标准, then the funding split, then the rest. */
const MEASURE_ORDER: Readonly<Record<CheckRow['measure']['kind'], number>> = {
  column: 0,
  perCapita: 1,
  funding: 2,
  rule: 3,
};

/** Reading order: sheets as the workbook orders them, then row, then column (stable). */
function inReadingOrder(rows: readonly CheckRow[], model: WorkbookModel): CheckRow[] {
  const sheetOrder = new Map(model.sheets.map((sheet, index) => [sheet.name, index]));
  const keyed = rows.map((row) => ({ row, at: parseA1(row.ref.cell) }));
  keyed.sort(
    (a, b) =>
      (sheetOrder.get(a.row.ref.sheet) ?? 0) - (sheetOrder.get(b.row.ref.sheet) ?? 0) ||
      a.at.row - b.at.row ||
      a.at.col - b.at.col ||
      MEASURE_ORDER[a.row.measure.kind] - MEASURE_ORDER[b.row.measure.kind],
  );
  return keyed.map(({ row }) => row);
}

/** Gathers what the summary says from the detected workbook and the findings. */
export function summaryInputOf(
  model: WorkbookModel,
  findings: readonly Finding[],
  options: SummaryInputOptions = {},
): SummaryInput {
  const labels = labelsOf(model, findings);
  const year = findYear(model) ?? null;
  return {
    year,
    basic: findBasicExpenditure(model),
    official: findOfficialSentence(model, year),
    projects: options.projects ?? findProjects(model),
    checks: inReadingOrder(withFindings(options.checks ?? [], findings, labels), model),
    findings,
    labels,
  };
}
