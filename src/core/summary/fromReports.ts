import { projectKey } from '../detect/projects';
import type { WorkbookModel } from '../detect/workbook';
import type { ProjectReport } from '../findings/report';
import { YUAN } from '../model/unit';
import { parseDecimal } from '../money/decimal';
import { toFen, type Amount } from '../money/fen';
import { findProjects } from './projects';
import type { ProjectFigures } from './types';

/** A report figure (元, two decimals) back as an amount, for a project no budget sheet states. */
function fromYuan(text: string | null): Amount | null {
  const decimal = text === null ? undefined : parseDecimal(text);
  const fen = decimal && toFen(decimal, YUAN);
  return fen === undefined ? null : { fen, shownDecimals: 2, unit: YUAN };
}

/**
 * The projects to narrate, from the reconciliation's project reports: each report's project with
 * the figures as the workbook states them (the budget line's unit and decimals, the disbursement
 * lines), in the reports' order; then budget projects the reports do not name.
 */
export function projectFiguresOf(
  reports: readonly ProjectReport[],
  model: WorkbookModel,
): ProjectFigures[] {
  const stated = findProjects(model);
  const byKey = new Map(stated.map((project) => [projectKey(project.name), project]));
  const named = new Set<string>();
  const figures = reports.map((report): ProjectFigures => {
    const key = projectKey(report.name);
    named.add(key);
    return (
      byKey.get(key) ?? {
        name: report.name,
        budget: fromYuan(report.budget),
        actual: fromYuan(report.actual),
        lines: [],
      }
    );
  });
  return [...figures, ...stated.filter((project) => !named.has(projectKey(project.name)))];
}
