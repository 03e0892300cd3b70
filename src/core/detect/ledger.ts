import { toA1 } from '../model/address';
import {
  disbursementLines,
  moneyCell,
  type DisbursementLine,
  type MoneyCell,
} from './disbursement';
import { projectKey } from './projects';
import { rosterGroupsOf, type RosterGroup } from './rosters';
import { actualColumnOf, budgetColumnOf, columnWithRole, type TableModel } from './sheet';

export type { RosterGroup } from './rosters';
import type { WorkbookModel } from './workbook';

/** A line of a budget sheet that disbursements can be booked to. */
export interface BudgetLine {
  readonly sheet: TableModel;
  readonly row: number;
  readonly label: string;
  readonly key: string;
  readonly budget?: MoneyCell;
  readonly actual?: MoneyCell;
}

/** Everything booked to one project, linked by normalised name. */
export interface ProjectLedger {
  readonly key: string;
  /** The budget line's name when there is one, else the disbursement's. */
  readonly name: string;
  readonly budgetLine: BudgetLine | undefined;
  readonly lines: readonly DisbursementLine[];
  readonly rosters: readonly RosterGroup[];
  /** A1 on its sheet of where the project is first named among the disbursements. */
  readonly firstNamed: { readonly sheet: TableModel; readonly cell: string } | undefined;
}

export interface Ledger {
  readonly hasBudget: boolean;
  readonly budgetLines: readonly BudgetLine[];
  readonly lines: readonly DisbursementLine[];
  readonly rosters: readonly RosterGroup[];
  readonly projects: readonly ProjectLedger[];
}

function budgetLinesOf(sheet: TableModel): BudgetLine[] {
  if (sheet.role !== 'budget') return [];
  const budget = budgetColumnOf(sheet);
  const actual = actualColumnOf(sheet);
  return sheet.rows
    .filter((row) => row.kind === 'line' && row.key)
    .map((row) => ({
      sheet,
      row: row.row,
      label: row.label,
      key: projectKey(row.label),
      budget: moneyCell(sheet, row.row, budget),
      actual: moneyCell(sheet, row.row, actual),
    }));
}

/** First budget line per key, preferring a line that no other line rolls up into. */
function budgetIndex(lines: readonly BudgetLine[]): Map<string, BudgetLine> {
  const parents = new Set<string>();
  for (const line of lines) {
    for (const aggregate of line.sheet.aggregates)
      parents.add(`${line.sheet.name}\u0000${aggregate.row}`);
  }
  const index = new Map<string, BudgetLine>();
  for (const line of lines) {
    const known = index.get(line.key);
    const isParent = (l: BudgetLine): boolean => parents.has(`${l.sheet.name}\u0000${l.row}`);
    if (!known || (isParent(known) && !isParent(line))) index.set(line.key, line);
  }
  return index;
}

function projectsOf(
  budgetByKey: ReadonlyMap<string, BudgetLine>,
  lines: readonly DisbursementLine[],
  rosters: readonly RosterGroup[],
): ProjectLedger[] {
  const byKey = new Map<
    string,
    {
      name: string;
      lines: DisbursementLine[];
      rosters: RosterGroup[];
      firstNamed?: ProjectLedger['firstNamed'];
    }
  >();
  const slot = (key: string, name: string) => {
    let project = byKey.get(key);
    if (!project) byKey.set(key, (project = { name, lines: [], rosters: [] }));
    return project;
  };
  for (const line of lines) {
    if (!line.projectKey) continue;
    const project = slot(line.projectKey, line.project);
    project.lines.push(line);
    project.firstNamed ??= { sheet: line.sheet, cell: line.projectCell };
  }
  for (const roster of rosters) {
    if (!roster.projectKey) continue;
    const project = slot(roster.projectKey, roster.project ?? roster.projectKey);
    project.rosters.push(roster);
    const first = roster.entries[0];
    const itemCol = columnWithRole(first.sheet, 'item')?.col ?? 0;
    project.firstNamed ??= { sheet: first.sheet, cell: toA1(first.row, itemCol) };
  }
  return [...byKey].map(([key, project]) => {
    const budgetLine = budgetByKey.get(key);
    return {
      key,
      name: budgetLine?.label ?? project.name,
      budgetLine,
      lines: project.lines,
      rosters: project.rosters,
      firstNamed: project.firstNamed,
    };
  });
}

/** Builds the ledger: budget lines, disbursement lines, rosters tied to lines, projects linked. */
export function buildLedger(workbook: WorkbookModel): Ledger {
  const budgetLines = workbook.tables.flatMap(budgetLinesOf);
  const lines = workbook.tables.flatMap(disbursementLines);
  const budgetByKey = budgetIndex(budgetLines);
  const knownProjects = new Set([...budgetByKey.keys(), ...lines.map((line) => line.projectKey)]);
  const rosters = workbook.tables.flatMap((sheet) => rosterGroupsOf(sheet, knownProjects, lines));
  return {
    hasBudget: workbook.tables.some((sheet) => sheet.role === 'budget'),
    budgetLines,
    lines,
    rosters,
    projects: projectsOf(budgetByKey, lines, rosters),
  };
}

const LEDGERS = new WeakMap<WorkbookModel, Ledger>();

/** The ledger of a detected workbook, built once however many rules ask for it. */
export function ledgerOf(workbook: WorkbookModel): Ledger {
  let ledger = LEDGERS.get(workbook);
  if (!ledger) LEDGERS.set(workbook, (ledger = buildLedger(workbook)));
  return ledger;
}
