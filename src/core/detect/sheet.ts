import { parseA1 } from '../model/address';
import { cellAt, cellText, type SheetGrid } from '../model/grid';
import type { ColumnRole, SheetRole } from '../model/roles';
import { roleOfHeader, type DetectedColumn } from './columns';
import { Figures } from './figures';
import { findHeader, type HeaderCell, type HeaderFound } from './header';
import { classifyRows, type DataRow } from './rows';
import { findAggregates, type Aggregate } from './structure';
import { findSheetUnit, withUnits, type SheetUnit } from './units';

/**
 * A user's choice of header cell per role for one sheet (A1 addresses), remembered in the
 * workbook by the adapters and passed back in.
 */
export type RoleOverrides = Partial<Record<ColumnRole, string>>;

/** Everything detection found on one sheet: what rules work from. */
export interface SheetModel {
  readonly grid: SheetGrid;
  readonly name: string;
  readonly role: SheetRole;
  /** 0-based header row, undefined when none was found. */
  readonly headerRow: number | undefined;
  readonly columns: readonly DetectedColumn[];
  readonly unit: SheetUnit;
  readonly rows: readonly DataRow[];
  readonly aggregates: readonly Aggregate[];
  readonly figures: Figures;
}

export function columnsWithRole(
  sheet: Pick<SheetModel, 'columns'>,
  role: ColumnRole,
): DetectedColumn[] {
  return sheet.columns.filter((column) => column.role === role);
}

export function columnWithRole(
  sheet: Pick<SheetModel, 'columns'>,
  role: ColumnRole,
): DetectedColumn | undefined {
  return sheet.columns.find((column) => column.role === role);
}

function roleOfSheet(columns: readonly DetectedColumn[]): SheetRole {
  const roles = new Set(columns.map((column) => column.role));
  if (roles.has('budget') || roles.has('actual')) return 'budget';
  const recipientSide = ['headcount', 'standard', 'name', 'id', 'group', 'source'] as const;
  if (roles.has('amount') && recipientSide.some((role) => roles.has(role))) return 'disbursement';
  return 'other';
}

function applyOverrides(
  sheet: SheetGrid,
  found: HeaderFound | undefined,
  overrides: RoleOverrides,
): HeaderFound | undefined {
  const forced: HeaderCell[] = [];
  for (const [role, address] of Object.entries(overrides) as [ColumnRole, string][]) {
    const { row, col } = parseA1(address);
    const value = cellAt(sheet, row, col);
    forced.push({ row, col, role, text: cellText(value) });
  }
  if (!forced.length) return found;
  const headerRow = Math.max(...forced.map((cell) => cell.row));
  const forcedRoles = new Set(forced.map((cell) => cell.role));
  const forcedCols = new Set(forced.map((cell) => cell.col));
  const detected = (
    found && found.row === headerRow ? found.cells : rowCells(sheet, headerRow)
  ).filter((cell) => !forcedRoles.has(cell.role) && !forcedCols.has(cell.col));
  return { row: headerRow, cells: [...detected, ...forced].sort((a, b) => a.col - b.col) };
}

function rowCells(sheet: SheetGrid, row: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  (sheet.rows[row] ?? []).forEach((value, col) => {
    const role = typeof value === 'string' ? roleOfHeader(value) : undefined;
    if (role && typeof value === 'string') cells.push({ row, col, role, text: value });
  });
  return cells;
}

/** Detects header, columns, units, rows and aggregates of one sheet. */
export function detectSheet(sheet: SheetGrid, overrides: RoleOverrides = {}): SheetModel {
  const header = applyOverrides(sheet, findHeader(sheet), overrides);
  const figures = new Figures(sheet);
  if (!header) {
    return {
      grid: sheet,
      name: sheet.name,
      role: 'other',
      headerRow: undefined,
      columns: [],
      unit: findSheetUnit(sheet, 0),
      rows: [],
      aggregates: [],
      figures,
    };
  }
  const unit = findSheetUnit(sheet, header.row);
  const columns = withUnits(header.cells, unit);
  const rows = classifyRows(sheet, header.row, columns);
  return {
    grid: sheet,
    name: sheet.name,
    role: roleOfSheet(columns),
    headerRow: header.row,
    columns,
    unit,
    rows,
    aggregates: findAggregates(rows),
    figures,
  };
}
