import type { Amount } from '../money/fen';
import { toHalfWidth } from '../parse/text';
import type { DetectedColumn } from './columns';
import type { TableModel } from './table';

/**
 * The official tables a workbook holds and the figures they state more than once: the
 * 收支总表's 一般公共预算财政拨款 income, the 一般公共预算财政拨款支出决算表's 合计 / 基本支出 /
 * 项目支出, the 基本支出决算表's 人员经费合计 and 公用经费合计. Found by title and label, so the
 * cross-table rule and the narrative read the same figures.
 */
export interface OfficialFigure {
  readonly table: TableModel;
  readonly row: number;
  readonly col: number;
  readonly amount: Amount;
}

/** The texts above a table that name it: its title rows and its sheet's name. */
export function titleOf(table: TableModel): string {
  const texts: string[] = [table.name];
  for (let row = 0; row < table.headerTop; row++) {
    for (const value of table.grid.rows[row] ?? []) {
      if (typeof value === 'string') texts.push(toHalfWidth(value));
    }
  }
  return texts.join(' ');
}

function figureAt(
  table: TableModel,
  row: number,
  column: DetectedColumn,
): OfficialFigure | undefined {
  const read = table.figures.amount(row, column);
  return read.kind === 'amount' ? { table, row, col: column.col, amount: read } : undefined;
}

/** A column whose header path ends in `word` (or `word › 小计 / 合计`). */
function columnNamed(table: TableModel, word: string): DetectedColumn | undefined {
  return table.columns.find((candidate) => {
    const path = candidate.path ?? [candidate.header];
    const at = path.lastIndexOf(word);
    return at === path.length - 1 || (at === path.length - 2 && candidate.total === true);
  });
}

/** 合计, 基本支出 and 项目支出 on the 合计 row of a 一般公共预算财政拨款支出决算表. */
export function spendingOf(
  table: TableModel,
): { total?: OfficialFigure; basic?: OfficialFigure; project?: OfficialFigure } | undefined {
  const title = titleOf(table);
  if (!/支出决算表|支出表/.test(title) || /基本支出决算表|基本支出表/.test(title)) return undefined;
  const totalRow = table.rows.find((row) => row.kind === 'total');
  const basicColumn = columnNamed(table, '基本支出');
  if (!totalRow || !basicColumn) return undefined;
  const totalColumn = table.columns.find(
    (column) => column.total && !(column.path ?? []).includes('基本支出'),
  );
  const projectColumn = columnNamed(table, '项目支出');
  return {
    basic: figureAt(table, totalRow.row, basicColumn),
    ...(totalColumn ? { total: figureAt(table, totalRow.row, totalColumn) } : {}),
    ...(projectColumn ? { project: figureAt(table, totalRow.row, projectColumn) } : {}),
  };
}

/** 人员经费合计 and 公用经费合计 as the 基本支出决算表 states them (one or two tables). */
export function basicPartsOf(
  tables: readonly TableModel[],
): { personnel: OfficialFigure; operating: OfficialFigure } | undefined {
  const found: OfficialFigure[] = [];
  for (const key of ['人员经费合计', '公用经费合计']) {
    for (const table of tables) {
      if (!/基本支出/.test(titleOf(table))) continue;
      const row = table.rows.find((candidate) => candidate.key === key);
      const column = table.columns.find((c) => c.role === 'actual' || c.role === 'budget');
      const figure = row && column && figureAt(table, row.row, column);
      if (figure) {
        found.push(figure);
        break;
      }
    }
  }
  return found.length === 2 ? { personnel: found[0], operating: found[1] } : undefined;
}

/** The 一般公共预算财政拨款 income line of a 收支总表 (收入支出决算总表, 部门收支总表 …). */
export function appropriationIncomeOf(tables: readonly TableModel[]): OfficialFigure | undefined {
  for (const table of tables) {
    if (!/收支总表|收入支出决算总表|收入支出总表/.test(titleOf(table))) continue;
    const row = table.rows.find(
      (candidate) =>
        candidate.kind === 'line' && /^一般公共预算财政拨款(收入)?$/.test(candidate.key),
    );
    const column = table.columns.find((c) => c.role === 'actual' || c.role === 'budget');
    const figure = row && column && figureAt(table, row.row, column);
    if (figure) return figure;
  }
  return undefined;
}
