import { ledgerOf, type ProjectLedger } from '../detect/ledger';
import { projectKey } from '../detect/projects';
import { actualColumnOf, budgetColumnOf, type TableModel } from '../detect/sheet';
import type { WorkbookModel } from '../detect/workbook';
import { statedAt } from './figures';
import { paymentOfLine, paymentOfRoster } from './payments';
import type { ProjectFigures } from './types';

const PROJECT_SECTION_KEYS = new Set(['项目支出', 'projectexpenditure']);

/** Budget lines under 项目支出: one per project, with budgeted and executed amounts. */
function budgetProjects(sheet: TableModel): ProjectFigures[] {
  if (sheet.role !== 'budget') return [];
  const rows = new Map(sheet.rows.map((row) => [row.row, row]));
  const budget = budgetColumnOf(sheet);
  const actual = actualColumnOf(sheet);
  return sheet.aggregates
    .filter((aggregate) => PROJECT_SECTION_KEYS.has(rows.get(aggregate.row)?.key ?? ''))
    .flatMap((aggregate) => aggregate.children)
    .map((row) => ({
      name: rows.get(row)?.label ?? '',
      budget: statedAt(sheet, row, budget),
      actual: statedAt(sheet, row, actual),
      lines: [],
    }));
}

/** A project of the ledger: its budget line's figures, each line, each roster no line details. */
function figuresOf(project: ProjectLedger): ProjectFigures {
  return {
    name: project.name,
    budget: project.budgetLine?.budget?.amount ?? null,
    actual: project.budgetLine?.actual?.amount ?? null,
    lines: [
      ...project.lines.flatMap(paymentOfLine),
      ...project.rosters.filter((roster) => !roster.line).flatMap(paymentOfRoster),
    ],
  };
}

/**
 * The projects of the workbook, in budget order: each project line under 项目支出 with what the
 * ledger books to it (linked by normalised name, as the rules link them), then the projects only
 * disbursements name.
 */
export function findProjects(model: WorkbookModel): ProjectFigures[] {
  const booked = new Map(ledgerOf(model).projects.map((project) => [project.key, project]));
  const projects: ProjectFigures[] = [];
  const seen = new Set<string>();
  for (const line of model.tables.flatMap(budgetProjects)) {
    const key = projectKey(line.name);
    if (seen.has(key)) continue;
    seen.add(key);
    const ledger = booked.get(key);
    projects.push(ledger ? { ...figuresOf(ledger), name: line.name } : line);
  }
  for (const [key, project] of booked) if (!seen.has(key)) projects.push(figuresOf(project));
  return projects;
}
