import type { DetectedColumn } from '../detect/columns';
import type { TableModel } from '../detect/sheet';
import { MONEY_ROLES } from '../model/roles';
import type { AmountRead, CountRead } from '../parse/amount';

export interface FigureCell {
  readonly row: number;
  readonly column: DetectedColumn;
  readonly read: AmountRead | CountRead;
}

/** Every figure cell of a sheet's table (money and headcount columns, rows with figures). */
export function* figureCells(sheet: TableModel): Generator<FigureCell> {
  const columns = sheet.columns.filter(
    (column) => MONEY_ROLES.includes(column.role) || column.role === 'headcount',
  );
  for (const row of sheet.rows) {
    if (row.kind === 'blank' || row.kind === 'heading') continue;
    for (const column of columns) {
      const read =
        column.role === 'headcount'
          ? sheet.figures.count(row.row, column)
          : sheet.figures.amount(row.row, column);
      yield { row: row.row, column, read };
    }
  }
}
