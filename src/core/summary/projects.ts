import { columnWithRole, type SheetModel } from '../detect/sheet';
import type { WorkbookModel } from '../detect/workbook';
import { statedAt } from './figures';
import { disbursementLines } from './lines';
import { projectKey } from './projectKey';
import type { PaymentLine, ProjectFigures } from './types';

const PROJECT_SECTION_KEYS = new Set(['项目支出', 'projectexpenditure']);

/** Budget lines under 项目支出: one per project, with budgeted and executed amounts. */
function budgetProjects(sheet: SheetModel): ProjectFigures[] {
  const rows = new Map(sheet.rows.map((row) => [row.row, row]));
  const budget = columnWithRole(sheet, 'budget');
  const actual = columnWithRole(sheet, 'actual');
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

/**
 * The projects of the workbook: each project line of a budget sheet with the disbursement lines
 * booked to it (matched by normalised name), then projects only disbursement sheets name.
 * A disbursement sheet without a project column books its lines to the one budget project its
 * sheet name mentions.
 */
export function findProjects(model: WorkbookModel): ProjectFigures[] {
  const budgetLines = model.sheets
    .filter((sheet) => sheet.role === 'budget')
    .flatMap(budgetProjects);
  // A Map iterates in insertion order: budget order first, then projects only disbursed.
  const byKey = new Map<string, ProjectFigures & { lines: PaymentLine[] }>();
  const entry = (name: string, figures?: ProjectFigures) => {
    const key = projectKey(name);
    let found = byKey.get(key);
    if (!found) {
      found = { name, budget: null, actual: null, ...figures, lines: [] };
      byKey.set(key, found);
    }
    return found;
  };
  for (const project of budgetLines) entry(project.name, project);
  for (const sheet of model.sheets.filter((candidate) => candidate.role === 'disbursement')) {
    const named = budgetLines.find((project) => sheet.name.includes(projectKey(project.name)));
    for (const { project, line } of disbursementLines([sheet])) {
      const name = project || named?.name;
      if (name) entry(name).lines.push(line);
    }
  }
  return [...byKey.values()];
}
