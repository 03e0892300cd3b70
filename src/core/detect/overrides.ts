/**
 * A user's choices of header cell per role, one per table of a sheet: the pane stores them in
 * the workbook and passes them back in. Each choice applies to the table whose header the cell
 * stands in, so a sheet with a 收入 | 支出 pair of tables may pin 金额 in each.
 */
import { parseA1 } from '../model/address';
import type { ColumnRole } from '../model/roles';
import type { TableModel } from './table';

/** Per role, the header cell (A1) chosen, or the cells chosen in several tables. */
export type RoleOverrides = Partial<Record<ColumnRole, string | readonly string[]>>;

export interface OverrideCell {
  readonly role: ColumnRole;
  /** A1 of the chosen header cell. */
  readonly cell: string;
}

function cellsOf(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** Every chosen cell with its role, in the order the choices were stored. */
export function overrideCells(roles: RoleOverrides): OverrideCell[] {
  return (Object.keys(roles) as ColumnRole[]).flatMap((role) =>
    cellsOf(roles[role]).map((cell) => ({ role, cell })),
  );
}

function withCells(
  roles: RoleOverrides,
  role: ColumnRole,
  cells: readonly string[],
): RoleOverrides {
  const rest: RoleOverrides = { ...roles };
  delete rest[role];
  if (!cells.length) return rest;
  // One cell stays a plain string: the form settings saved before per-table choices had.
  return { ...rest, [role]: cells.length === 1 ? cells[0] : [...cells] };
}

/** The table of `tables` whose header or body holds the cell, or -1 for none. */
function tableIndexOf(tables: readonly TableModel[], cell: string): number {
  const { row, col } = parseA1(cell);
  return tables.findIndex(
    (table) =>
      row >= Math.min(table.headerTop, table.range.top) &&
      row <= table.range.bottom &&
      col >= table.range.left &&
      col <= table.range.right,
  );
}

/**
 * The choices with `cell` chosen for `role`. It replaces the role's choice in the same table
 * (as the tables of `tables` are read, with the choices so far) and keeps those in other tables;
 * without the tables (no run yet) it replaces every choice of the role.
 */
export function withOverride(
  roles: RoleOverrides,
  role: ColumnRole,
  cell: string,
  tables?: readonly TableModel[],
): RoleOverrides {
  const own = tables ? tableIndexOf(tables, cell) : -1;
  const kept = tables
    ? cellsOf(roles[role]).filter(
        (other) => other !== cell && (own < 0 || tableIndexOf(tables, other) !== own),
      )
    : [];
  // A cell in no table known yet makes a header of its own: it replaces other such cells.
  const others =
    own < 0 && tables ? kept.filter((other) => tableIndexOf(tables, other) >= 0) : kept;
  return withCells(roles, role, [...others, cell]);
}

/** The choices without `cell` for `role` (the other tables' choices of the role stay). */
export function withoutOverride(
  roles: RoleOverrides,
  role: ColumnRole,
  cell: string,
): RoleOverrides {
  return withCells(
    roles,
    role,
    cellsOf(roles[role]).filter((other) => other !== cell),
  );
}

/** Whether a stored value is a valid set of choices (settings are checked at the edge). */
export function isRoleOverrides(value: unknown): value is RoleOverrides {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every(
    (cells) =>
      typeof cells === 'string' ||
      (Array.isArray(cells) && cells.every((cell) => typeof cell === 'string')),
  );
}
