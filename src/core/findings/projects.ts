import type { DisbursementLine } from '../detect/disbursement';
import type { Ledger, ProjectLedger } from '../detect/ledger';
import { YUAN } from '../model/unit';
import { divideHalfUp, percentage } from '../money/divide';
import { formatFen } from '../money/format';
import { maskIds } from './privacy';
import type { FundingReport, ProjectReport } from './report';

function yuan(fen: number | undefined): string | null {
  return fen === undefined ? null : formatFen(fen, YUAN, 2);
}

function sumOf(values: readonly (number | undefined)[]): number | undefined {
  let total: number | undefined;
  for (const value of values) if (value !== undefined) total = (total ?? 0) + value;
  return total;
}

/** Paid out: the aggregate lines' 金额, or the rosters' amounts when there are no lines. */
function disbursedFen(project: ProjectLedger): number | undefined {
  if (project.lines.length) return sumOf(project.lines.map((line) => line.amount?.amount.fen));
  return sumOf(
    project.rosters.flatMap((roster) => roster.entries.map((entry) => entry.amount?.amount.fen)),
  );
}

/** Recipients: the lines' 人数, or the rosters' rows when there are no lines. */
function headcountOf(project: ProjectLedger): number | undefined {
  if (project.lines.length) return sumOf(project.lines.map((line) => line.headcount?.count));
  const listed = project.rosters.reduce((total, roster) => total + roster.entries.length, 0);
  return listed || undefined;
}

function fundingOf(lines: readonly DisbursementLine[]): FundingReport[] {
  const bySource = new Map<string, { fen: number; fiscal: boolean }>();
  for (const line of lines) {
    for (const part of line.sources) {
      const known = bySource.get(part.source) ?? { fen: 0, fiscal: part.fiscal };
      known.fen += part.amount.fen;
      bySource.set(part.source, known);
    }
  }
  return [...bySource].map(([source, { fen, fiscal }]) => ({
    source: maskIds(source),
    amount: formatFen(fen, YUAN, 2),
    fiscal,
  }));
}

/**
 * One project's figures for the report, in 元 with two decimals. The execution rate is
 * 执行数 / 预算数 as a percentage, and the per-capita amount 发放金额 / 人数 to the fen, both
 * rounded half up in integer arithmetic (divideHalfUp).
 */
export function projectReport(project: ProjectLedger): ProjectReport {
  const budget = project.budgetLine?.budget?.amount.fen;
  const actual = project.budgetLine?.actual?.amount.fen;
  const disbursed = disbursedFen(project);
  const headcount = headcountOf(project);
  const executionRate =
    budget !== undefined && actual !== undefined ? percentage(actual, budget) : undefined;
  const perCapita =
    disbursed !== undefined && headcount
      ? Number(divideHalfUp(BigInt(disbursed), BigInt(headcount)))
      : undefined;
  return {
    name: maskIds(project.name),
    year: project.year ?? null,
    budget: yuan(budget),
    actual: yuan(actual),
    disbursed: yuan(disbursed),
    executionRate: executionRate ?? null,
    headcount: headcount ?? null,
    perCapita: yuan(perCapita),
    funding: fundingOf(project.lines),
  };
}

/** Every project the disbursements name, in the order they are first named. */
export function projectReports(ledger: Ledger): ProjectReport[] {
  return ledger.projects.map(projectReport);
}
