import { toA1 } from '../model/address';
import {
  disbursementLines,
  moneyCell,
  sheetTitles,
  type DisbursementLine,
  type MoneyCell,
} from './disbursement';
import { projectKey } from './projects';
import { rosterGroupsOf, type RosterGroup } from './rosters';
import { actualColumnOf, budgetColumnOf, columnWithRole, type TableModel } from './sheet';

export type { RosterGroup } from './rosters';
import type { WorkbookModel } from './workbook';
import { yearOfTable, yearOfText } from './years';
import type { DetectedColumn } from './columns';

/** A line of a budget sheet that disbursements can be booked to. */
export interface BudgetLine {
  readonly sheet: TableModel;
  readonly row: number;
  readonly label: string;
  readonly key: string;
  readonly budget?: MoneyCell;
  readonly actual?: MoneyCell;
  /** The year of its budget and executed columns (header, else title), where one is named. */
  readonly year?: number;
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
  /** The year the disbursements name (title, sheet name), else their budget line's. */
  readonly year?: number;
  /**
   * The disbursements name no year and the budget states several: they are linked to none, and
   * budget-actual-mismatch says so rather than comparing with the wrong year.
   */
  readonly budgetYears?: readonly number[];
}

export interface Ledger {
  readonly hasBudget: boolean;
  readonly budgetLines: readonly BudgetLine[];
  readonly lines: readonly DisbursementLine[];
  readonly rosters: readonly RosterGroup[];
  readonly projects: readonly ProjectLedger[];
}

/**
 * A budget table's columns by the year of their pair: a column's own year (`2022年` over 预算数 |
 * 执行数), else the table's only column year, else none. Each year's 预算数 / 执行数 is a pair.
 */
function columnsByYear(table: TableModel): Map<number | undefined, DetectedColumn[]> {
  const money = table.columns.filter(
    (column) => (column.role === 'budget' || column.role === 'actual') && !column.whereof,
  );
  const named = new Set(money.flatMap((column) => (column.year ? [column.year] : [])));
  const only = named.size === 1 ? [...named][0] : undefined;
  const byYear = new Map<number | undefined, DetectedColumn[]>();
  for (const column of money) {
    const year = column.year ?? only;
    byYear.set(year, [...(byYear.get(year) ?? []), column]);
  }
  return byYear;
}

/** One budget line per row and year: each year's pair of 预算数 / 执行数 on its own. */
function budgetLinesOf(sheet: TableModel): BudgetLine[] {
  if (sheet.role !== 'budget') return [];
  const titleYear = yearOfTable(sheet);
  const rows = sheet.rows.filter((row) => row.kind === 'line' && row.key);
  return [...columnsByYear(sheet)].flatMap(([year, columns]) => {
    const budget = budgetColumnOf({ columns });
    const actual = actualColumnOf({ columns });
    const lineYear = year ?? titleYear;
    return rows.map((row) => ({
      sheet,
      row: row.row,
      label: row.label,
      key: projectKey(row.label),
      budget: moneyCell(sheet, row.row, budget),
      actual: moneyCell(sheet, row.row, actual),
      ...(lineYear ? { year: lineYear } : {}),
    }));
  });
}

/** First budget line per key and year, preferring a line that no other line rolls up into. */
function budgetIndex(lines: readonly BudgetLine[]): Map<string, BudgetLine> {
  const parents = new Set<string>();
  for (const line of lines) {
    for (const aggregate of line.sheet.aggregates)
      parents.add(`${line.sheet.name}\u0000${aggregate.row}`);
  }
  const index = new Map<string, BudgetLine>();
  for (const line of lines) {
    const slot = yearKey(line.key, line.year);
    const known = index.get(slot);
    const isParent = (l: BudgetLine): boolean => parents.has(`${l.sheet.name}\u0000${l.row}`);
    if (!known || (isParent(known) && !isParent(line))) index.set(slot, line);
  }
  return index;
}

const yearKey = (key: string, year: number | undefined): string => `${key}\u0000${year ?? ''}`;

/** The years the budget states for a project, and its line for each. */
function budgetYears(index: ReadonlyMap<string, BudgetLine>): Map<string, BudgetLine[]> {
  const byKey = new Map<string, BudgetLine[]>();
  for (const line of index.values()) {
    const list = byKey.get(line.key) ?? [];
    list.push(line);
    byKey.set(line.key, list);
  }
  return byKey;
}

/**
 * The budget line disbursements of a year book to: that year's; with no year named, the
 * budget's only year; with several and none named, none (the caller says why).
 */
function lineForYear(
  candidates: readonly BudgetLine[] | undefined,
  year: number | undefined,
): { line?: BudgetLine; years?: number[] } {
  if (!candidates?.length) return {};
  if (candidates.length === 1) return { line: candidates[0] };
  if (year !== undefined) return { line: candidates.find((line) => line.year === year) };
  return { years: candidates.flatMap((line) => (line.year ? [line.year] : [])).sort() };
}

function projectsOf(
  budgetByKey: ReadonlyMap<string, BudgetLine>,
  lines: readonly DisbursementLine[],
  rosters: readonly RosterGroup[],
): ProjectLedger[] {
  const byKey = new Map<
    string,
    {
      key: string;
      year: number | undefined;
      name: string;
      lines: DisbursementLine[];
      rosters: RosterGroup[];
      firstNamed?: ProjectLedger['firstNamed'];
    }
  >();
  const sheetYears = new Map<TableModel, number | undefined>();
  const yearOf = (sheet: TableModel): number | undefined => {
    if (!sheetYears.has(sheet)) {
      const years = new Set(sheetTitles(sheet).flatMap((text) => yearOfText(text) ?? []));
      sheetYears.set(sheet, years.size === 1 ? [...years][0] : undefined);
    }
    return sheetYears.get(sheet);
  };
  // A project's disbursements split by year only where they name two or more; a sheet naming
  // none (a 汇总 beside a 2022年 roster) books to the project's one named year.
  const named = new Map<string, Set<number>>();
  const note = (key: string | undefined, sheet: TableModel): void => {
    const year = key ? yearOf(sheet) : undefined;
    if (!key || year === undefined) return;
    named.set(key, (named.get(key) ?? new Set<number>()).add(year));
  };
  for (const line of lines) note(line.projectKey, line.sheet);
  for (const roster of rosters) note(roster.projectKey, roster.entries[0].sheet);
  const slot = (key: string, name: string, sheet: TableModel) => {
    const years = named.get(key);
    const year = yearOf(sheet) ?? (years?.size === 1 ? [...years][0] : undefined);
    let project = byKey.get(yearKey(key, year));
    if (!project)
      byKey.set(yearKey(key, year), (project = { key, year, name, lines: [], rosters: [] }));
    return project;
  };
  for (const line of lines) {
    if (!line.projectKey) continue;
    const project = slot(line.projectKey, line.project, line.sheet);
    project.lines.push(line);
    project.firstNamed ??= { sheet: line.sheet, cell: line.projectCell };
  }
  for (const roster of rosters) {
    if (!roster.projectKey) continue;
    const project = slot(
      roster.projectKey,
      roster.project ?? roster.projectKey,
      roster.entries[0].sheet,
    );
    project.rosters.push(roster);
    const first = roster.entries[0];
    const itemCol = columnWithRole(first.sheet, 'item')?.col ?? 0;
    project.firstNamed ??= { sheet: first.sheet, cell: toA1(first.row, itemCol) };
  }
  const years = budgetYears(budgetByKey);
  return [...byKey.values()].map((project) => {
    const { line: budgetLine, years: unresolved } = lineForYear(
      years.get(project.key),
      project.year,
    );
    const year = project.year ?? budgetLine?.year;
    return {
      key: project.key,
      name: budgetLine?.label ?? project.name,
      budgetLine,
      lines: project.lines,
      rosters: project.rosters,
      firstNamed: project.firstNamed,
      ...(year ? { year } : {}),
      ...(unresolved?.length ? { budgetYears: unresolved } : {}),
    };
  });
}

/** Builds the ledger: budget lines, disbursement lines, rosters tied to lines, projects linked. */
export function buildLedger(workbook: WorkbookModel): Ledger {
  const budgetLines = workbook.tables.flatMap(budgetLinesOf);
  const lines = workbook.tables.flatMap(disbursementLines);
  const budgetByKey = budgetIndex(budgetLines);
  const knownProjects = new Set([
    ...budgetLines.map((line) => line.key),
    ...lines.map((line) => line.projectKey),
  ]);
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
