import { toA1 } from '../model/address';
import { cellAt, type CellValue } from '../model/grid';
import type { Amount } from '../money/fen';
import { unitLine } from '../parse/unit';
import type { DetectedColumn } from './columns';
import { groupKey, projectKey } from './projects';
import { columnWithRole, columnsWithRole, type TableModel } from './sheet';

/** A money figure read from one cell. */
export interface MoneyCell {
  readonly row: number;
  readonly col: number;
  readonly amount: Amount;
}

/** One funding-source part of a line: 区财政资金 (fiscal) or 本级资金 (the unit's own). */
export interface SourceCell extends MoneyCell {
  readonly source: string;
  readonly fiscal: boolean;
}

/** An aggregate disbursement line: project, group, 人数 × 标准 = 金额, and its funding split. */
export interface DisbursementLine {
  readonly sheet: TableModel;
  readonly row: number;
  readonly project: string;
  readonly projectKey: string;
  /** A1 of the cell naming the project (the line's first cell when the name came from above). */
  readonly projectCell: string;
  readonly group: string;
  readonly groupKey: string;
  readonly headcount?: { readonly col: number; readonly count: number };
  readonly standard?: MoneyCell;
  readonly amount?: MoneyCell;
  readonly sources: readonly SourceCell[];
}

/** One recipient of a roster. Project and group are as the row states them, if it does. */
export interface RosterEntry {
  readonly sheet: TableModel;
  readonly row: number;
  readonly project?: string;
  readonly group?: string;
  readonly name?: string;
  readonly nameCol?: number;
  readonly id?: string;
  readonly idCol?: number;
  /** The ID cell is a number: Excel keeps 15 significant digits, so an 18-digit ID lost its tail. */
  readonly idIsNumber?: boolean;
  readonly amount?: MoneyCell;
}

function text(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}

/** A roster lists people (姓名 or 身份证号); an aggregate sheet lists lines. */
export function isRoster(sheet: TableModel): boolean {
  return (
    sheet.role === 'disbursement' &&
    (columnWithRole(sheet, 'name') !== undefined || columnWithRole(sheet, 'id') !== undefined)
  );
}

/** The money figure of a cell, when it holds one. */
export function moneyCell(
  sheet: TableModel,
  row: number,
  column?: DetectedColumn,
): MoneyCell | undefined {
  if (!column) return undefined;
  const read = sheet.figures.amount(row, column);
  return read.kind === 'amount' ? { row, col: column.col, amount: read } : undefined;
}

/** The text of a column, carried down from the line above when blank (merged project cells). */
class CarriedText {
  private last = '';
  private lastRow = -1;
  constructor(
    private readonly sheet: TableModel,
    private readonly column: DetectedColumn | undefined,
  ) {}

  /** The row's own text, else the last one above it. */
  text(row: number): string {
    if (!this.column) return '';
    const own = text(cellAt(this.sheet.grid, row, this.column.col));
    if (own) {
      this.last = own;
      this.lastRow = row;
    }
    return this.last;
  }

  /** A1 of the cell the last `text` came from ('' when none). */
  cell(): string {
    return this.column && this.lastRow >= 0 ? toA1(this.lastRow, this.column.col) : '';
  }
}

/** The aggregate lines of a disbursement sheet (totals and subtotals are not lines). */
export function disbursementLines(sheet: TableModel): DisbursementLine[] {
  if (sheet.role !== 'disbursement' || isRoster(sheet)) return [];
  const project = new CarriedText(sheet, columnWithRole(sheet, 'item'));
  const group = new CarriedText(sheet, columnWithRole(sheet, 'group'));
  const headcountColumn = columnWithRole(sheet, 'headcount');
  const sourceColumns = columnsWithRole(sheet, 'source');
  const lines: DisbursementLine[] = [];
  for (const row of sheet.rows) {
    if (row.kind !== 'line') continue;
    const projectText = project.text(row.row);
    const recipients = group.text(row.row);
    const count = headcountColumn && sheet.figures.count(row.row, headcountColumn);
    const sources: SourceCell[] = [];
    for (const column of sourceColumns) {
      const cell = moneyCell(sheet, row.row, column);
      if (cell) sources.push({ ...cell, source: column.header.trim(), fiscal: !!column.fiscal });
    }
    lines.push({
      sheet,
      row: row.row,
      project: projectText,
      projectKey: projectKey(projectText),
      projectCell: project.cell() || toA1(row.row, 0),
      group: recipients,
      groupKey: groupKey(recipients),
      ...(count?.kind === 'count' && headcountColumn
        ? { headcount: { col: headcountColumn.col, count: count.count } }
        : {}),
      standard: moneyCell(sheet, row.row, columnWithRole(sheet, 'standard')),
      amount: moneyCell(sheet, row.row, columnWithRole(sheet, 'amount')),
      sources,
    });
  }
  return lines;
}

/** The recipients of a roster sheet, one per line row (totals are not recipients). */
export function rosterEntries(sheet: TableModel): RosterEntry[] {
  if (!isRoster(sheet)) return [];
  const project = new CarriedText(sheet, columnWithRole(sheet, 'item'));
  const group = new CarriedText(sheet, columnWithRole(sheet, 'group'));
  const nameColumn = columnWithRole(sheet, 'name');
  const idColumn = columnWithRole(sheet, 'id');
  const amountColumn = columnWithRole(sheet, 'amount');
  const entries: RosterEntry[] = [];
  for (const row of sheet.rows) {
    if (row.kind !== 'line') continue;
    // One literal with every field (absent ones undefined): the object keeps all of them in
    // itself, where a spread or a field added later costs a second allocation per recipient.
    const name = nameColumn ? text(cellAt(sheet.grid, row.row, nameColumn.col)) : '';
    const idCell = idColumn ? cellAt(sheet.grid, row.row, idColumn.col) : null;
    const id = text(idCell);
    const entry: RosterEntry = {
      sheet,
      row: row.row,
      project: project.text(row.row) || undefined,
      group: group.text(row.row) || undefined,
      name: name || undefined,
      nameCol: name ? nameColumn?.col : undefined,
      id: id || undefined,
      idCol: id ? idColumn?.col : undefined,
      idIsNumber: typeof idCell === 'number' || undefined,
      amount: moneyCell(sheet, row.row, amountColumn),
    };
    entries.push(entry);
  }
  return entries;
}

/**
 * What a sheet says about itself above its header: the title rows (not the unit line), and the
 * sheet's own name. A roster per group (困难职工名单) names its project and group there.
 */
export function sheetTitles(sheet: TableModel): string[] {
  const titles = [sheet.name];
  const last = sheet.headerRow ?? 0;
  for (let row = 0; row < last; row++) {
    for (const value of sheet.grid.rows[row] ?? []) {
      const title = text(value ?? null);
      if (title && !unitLine(title)) titles.push(title);
    }
  }
  return titles;
}
