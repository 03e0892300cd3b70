import type { CellRange, SheetGrid } from '../model/grid';
import type { ColumnRole, SheetRole } from '../model/roles';
import type { HeaderBand } from './bands';
import { findColumnAggregates, type ColumnAggregate } from './columnTotals';
import type { DetectedColumn } from './columns';
import { Figures } from './figures';
import { headerPaths } from './headerTree';
import { columnsOfPaths, type RegionContext } from './regionColumns';
import { regionLastRow, type TableRegion } from './regions';
import { classifyRows, type DataRow } from './rows';
import { findAggregates, type Aggregate } from './structure';
import { evaluateTotals } from './totals';
import type { SheetUnit } from './units';
import { headerWordOf } from './vocabulary';

/**
 * One table region of a sheet and everything detection found in it: what rules work from. A
 * sheet holds one or more (side by side, stacked); each has its own header, columns, rows and
 * totals in both directions.
 */
export interface TableModel {
  readonly grid: SheetGrid;
  /** The name of the sheet the table stands on. */
  readonly name: string;
  readonly role: SheetRole;
  /** From the top header row to the last row, the table's own columns; 0-based. */
  readonly range: CellRange;
  /** The first header row, 0-based. */
  readonly headerTop: number;
  /** The last header row (the 栏次 row when there is one); data starts below it. */
  readonly headerRow: number | undefined;
  readonly columns: readonly DetectedColumn[];
  readonly unit: SheetUnit;
  readonly rows: readonly DataRow[];
  /** Rows that add up other rows (totals, subtotals, roll-ups, 其中). */
  readonly aggregates: readonly Aggregate[];
  /** Columns that add up other columns of the same line (合计 = 基本支出 + 项目支出). */
  readonly columnAggregates: readonly ColumnAggregate[];
  readonly figures: Figures;
  /**
   * Set when two readings the labels allow fit the figures equally well but find different
   * errors: the table's totals are then not judged (an unread-table finding says why).
   */
  readonly ambiguity?: 'numbering';
}

export function columnsWithRole(
  table: Pick<TableModel, 'columns'>,
  role: ColumnRole,
): DetectedColumn[] {
  return table.columns.filter((column) => column.role === role);
}

export function columnWithRole(
  table: Pick<TableModel, 'columns'>,
  role: ColumnRole,
): DetectedColumn | undefined {
  return table.columns.find((column) => column.role === role);
}

export function roleOfColumns(columns: readonly DetectedColumn[]): SheetRole {
  const roles = new Set(columns.map((column) => column.role));
  if (roles.has('budget') || roles.has('actual')) return 'budget';
  const recipientSide = ['headcount', 'standard', 'name', 'id', 'group', 'source'] as const;
  if (roles.has('amount') && recipientSide.some((role) => roles.has(role))) return 'disbursement';
  return 'other';
}

const FIGURE_ROLES = new Set(['budget', 'actual', 'amount', 'headcount', 'source', 'standard']);

/** How a region is read: its columns (with the user's choices) and where its rows end. */
export interface TableReading {
  readonly region: TableRegion;
  readonly context: RegionContext;
  readonly forced?: ReadonlyMap<number, ColumnRole>;
}

/** The unit a label header names for the whole region: `项目资金（万元）`. */
function labelUnit(sheet: SheetGrid, band: HeaderBand, region: CellRange) {
  for (const path of headerPaths(sheet, band, region)) {
    const words = path.texts.map(headerWordOf);
    const leaf = words[words.length - 1];
    if (leaf?.role === 'item' && leaf.unit) return leaf.unit;
  }
  return undefined;
}

/** Reads one region into a table model. */
export function readTable(sheet: SheetGrid, reading: TableReading): TableModel {
  const { region, context } = reading;
  const { band, range } = region;
  const paths = headerPaths(sheet, band, range);
  const unitOfLabels = labelUnit(sheet, band, range);
  const forced = reading.forced ?? new Map<number, ColumnRole>();
  const forcedRoles = new Set(forced.values());
  // A role the user placed on a column is no longer read from another column's header.
  const columns = columnsOfPaths(
    paths,
    unitOfLabels ? { ...context, labelUnit: unitOfLabels } : context,
    forced,
  ).filter((column) => forced.has(column.col) || !forcedRoles.has(column.role));
  const role = roleOfColumns(columns);
  const figureCols = columns.filter((c) => FIGURE_ROLES.has(c.role)).map((c) => c.col);
  const lastRow = regionLastRow(sheet, band.bottom + 1, region.lastRow, figureCols);
  const rows = classifyRows(
    sheet,
    {
      headerRow: band.bottom,
      firstRow: band.bottom + 1,
      lastRow,
      left: range.left,
      right: range.right,
    },
    columns,
    role === 'budget',
  );
  return chooseReading({
    grid: sheet,
    name: sheet.name,
    role,
    range: { ...range, bottom: Math.max(band.bottom, lastRow) },
    headerTop: band.top,
    headerRow: band.bottom,
    columns,
    unit: context.sheetUnit,
    rows,
    aggregates: findAggregates(rows),
    columnAggregates: findColumnAggregates(columns),
    figures: new Figures(sheet),
  });
}

/**
 * How well a reading fits: stated totals that agree with their parts (as shown, or as they should
 * be), less the totals found wrong in their own right.
 */
function fitOf(table: TableModel): { score: number; errors: string } {
  let score = 0;
  const errors: string[] = [];
  for (const check of evaluateTotals(table)) {
    if (check.status !== 'mismatch' || !check.own) score++;
    else {
      score--;
      errors.push(`${check.relation.total.row}:${check.relation.total.col}`);
    }
  }
  return { score, errors: errors.sort().join(',') };
}

/**
 * Labels propose, figures choose: where numbering levels (1. over (1)) may nest lines or be mere
 * numbering, both readings are built and the one under which more stated totals agree with their
 * parts is kept. A tie that finds different errors is no reading to judge by: the table is marked
 * ambiguous rather than guessed into false errors. The search is per region, two readings at
 * most, whatever the number of rows.
 */
function chooseReading(labelled: TableModel): TableModel {
  const levels = new Set<number>();
  for (const row of labelled.rows)
    if (row.kind === 'line' && row.numbering) levels.add(row.numbering);
  if (levels.size < 2) return labelled;
  const nested = { ...labelled, aggregates: findAggregates(labelled.rows, { byNumbering: true }) };
  const [flatFit, nestedFit] = [fitOf(labelled), fitOf(nested)];
  if (nestedFit.score > flatFit.score) return nested;
  if (nestedFit.score === flatFit.score && nestedFit.errors !== flatFit.errors) {
    return { ...labelled, ambiguity: 'numbering' };
  }
  return labelled;
}

/**
 * The budget a line is judged against: the adjusted budget (全年预算数, 调整后预算数) where the
 * table states one beside the opening budget (年初预算数), else its first budget column.
 */
export function budgetColumnOf(table: Pick<TableModel, 'columns'>): DetectedColumn | undefined {
  const budgets = columnsWithRole(table, 'budget').filter((column) => !column.whereof);
  return budgets.find((column) => /全年|调整/.test(column.header)) ?? budgets[0];
}

/** The executed figure of a line: its first executed column that is no 其中 part. */
export function actualColumnOf(table: Pick<TableModel, 'columns'>): DetectedColumn | undefined {
  return columnsWithRole(table, 'actual').find((column) => !column.whereof);
}
