import type { TableModel } from '../detect/table';
import type { WorkbookModel } from '../detect/workbook';
import { columnLetters, columnRuns, rangeToA1, toA1 } from '../model/address';
import type { ColumnRole } from '../model/roles';

/** One column of a table as the report explains it. */
export interface ColumnReport {
  readonly cell: string;
  readonly path: readonly string[];
  readonly role: ColumnRole;
  readonly year: number | null;
  readonly unit: string | null;
}

/** A stated total and what it covers: cells of one column, or columns of the same lines. */
export interface TotalReport {
  readonly cell: string;
  readonly covers: readonly string[];
}

/** How one table region was read (`sheets[].tables` in the JSON report, and `explain`). */
export interface TableReport {
  readonly range: string;
  /** The header rows, 1-based as Excel numbers them (`4-6`). */
  readonly headerRows: string;
  readonly columns: readonly ColumnReport[];
  readonly totals: readonly TotalReport[];
}

const SUMMED: ReadonlySet<ColumnRole> = new Set([
  'budget',
  'actual',
  'amount',
  'source',
  'headcount',
]);

function columnRange(col: number, top: number, bottom: number): string {
  const letters = columnLetters(col);
  return top === bottom ? `${letters}${top + 1}` : `${letters}${top + 1}:${letters}${bottom + 1}`;
}

/** The rows a horizontal total holds on: every line and total row of the table. */
function figureRows(table: TableModel): { first: number; last: number } | undefined {
  const rows = table.rows.filter((row) => row.kind !== 'note' && row.kind !== 'heading');
  if (!rows.length) return undefined;
  return { first: rows[0].row, last: rows[rows.length - 1].row };
}

export function describeTable(table: TableModel): TableReport {
  const columns = table.columns.map((column) => ({
    cell: toA1(column.headerRow ?? table.headerRow ?? table.headerTop, column.col),
    path: column.path ?? [column.header],
    role: column.role,
    year: column.year ?? null,
    unit: column.unit?.zh ?? null,
  }));
  const summed = table.columns.filter((column) => SUMMED.has(column.role));
  const totals: TotalReport[] = [];
  for (const aggregate of table.aggregates) {
    for (const column of summed) {
      totals.push({
        cell: toA1(aggregate.row, column.col),
        covers: columnRuns(column.col, aggregate.children),
      });
    }
  }
  const span = figureRows(table);
  if (span) {
    for (const aggregate of table.columnAggregates) {
      totals.push({
        cell: columnRange(aggregate.col, span.first, span.last),
        covers: aggregate.children.map((col) => columnRange(col, span.first, span.last)),
      });
    }
  }
  const headerTop = table.headerTop + 1;
  const headerBottom = (table.headerRow ?? table.headerTop) + 1;
  return {
    range: rangeToA1(table.range),
    headerRows: headerTop === headerBottom ? `${headerTop}` : `${headerTop}-${headerBottom}`,
    columns,
    totals,
  };
}

/** Per sheet name, how each of its tables was read. */
export function describeTables(model: WorkbookModel): Map<string, TableReport[]> {
  return new Map(model.sheets.map((sheet) => [sheet.name, sheet.tables.map(describeTable)]));
}
