import { parseA1 } from '../model/address';
import type { SheetGrid } from '../model/grid';
import type { ColumnRole, SheetRole } from '../model/roles';
import { findBands, type HeaderBand } from './bands';
import { findRegions, titlesAbove, type TableRegion } from './regions';
import { readTable, type TableModel } from './table';
import { findSheetUnit } from './units';
import { overrideCells, type RoleOverrides } from './overrides';
import type { Measure } from './vocabulary';

export * from './table';

export type { RoleOverrides } from './overrides';

/** One sheet: its tables in reading order, and its role (the strongest of its tables'). */
export interface SheetModel {
  readonly grid: SheetGrid;
  readonly name: string;
  readonly role: SheetRole;
  readonly tables: readonly TableModel[];
}

const ROLE_RANK: Readonly<Record<SheetRole, number>> = { budget: 2, disbursement: 1, other: 0 };

function sheetRole(tables: readonly TableModel[]): SheetRole {
  let role: SheetRole = 'other';
  for (const table of tables) if (ROLE_RANK[table.role] > ROLE_RANK[role]) role = table.role;
  return role;
}

function defaultMeasure(titles: readonly string[]): Measure {
  return titles.some((title) => /预算/.test(title) && !/决算/.test(title)) ? 'budget' : 'actual';
}

interface Forced {
  readonly row: number;
  readonly col: number;
  readonly role: ColumnRole;
}

function forcedCells(overrides: RoleOverrides): Forced[] {
  return overrideCells(overrides).map(({ role, cell }) => ({ ...parseA1(cell), role }));
}

function inRegion(region: TableRegion, cell: Forced): boolean {
  const { band, range } = region;
  return (
    cell.row >= band.top &&
    cell.row <= band.bottom &&
    cell.col >= range.left &&
    cell.col <= range.right
  );
}

/**
 * The bands of a sheet with the user's choices: a chosen header cell outside every detected
 * header makes its own band at that row (a header of words the product does not know).
 */
function bandsWith(sheet: SheetGrid, forced: readonly Forced[]): HeaderBand[] {
  const bands = findBands(sheet);
  const regions = findRegions(sheet, bands);
  const outside = forced.filter((cell) => !regions.some((region) => inRegion(region, cell)));
  if (!outside.length) return bands;
  const row = Math.max(...outside.map((cell) => cell.row));
  const kept = bands.filter((band) => band.bottom < row || band.top > row);
  return [...kept, { top: row, anchor: row, bottom: row }].sort((a, b) => a.top - b.top);
}

/** Detects every table of one sheet: header bands, regions, columns, rows and totals. */
export function detectSheet(sheet: SheetGrid, overrides: RoleOverrides = {}): SheetModel {
  const forced = forcedCells(overrides);
  const bands = bandsWith(sheet, forced);
  const tables = findRegions(sheet, bands).map((region) => {
    const index = bands.indexOf(region.band);
    const floor = index > 0 ? bands[index - 1].bottom + 1 : 0;
    const own = findSheetUnit(sheet, region.band.top, floor);
    const roles = new Map(
      forced.filter((cell) => inRegion(region, cell)).map((cell) => [cell.col, cell.role]),
    );
    return readTable(sheet, {
      region,
      context: {
        defaultMeasure: defaultMeasure(titlesAbove(sheet, region.band, floor)),
        sheetUnit: own,
      },
      forced: roles,
    });
  });
  return { grid: sheet, name: sheet.name, role: sheetRole(tables), tables };
}
