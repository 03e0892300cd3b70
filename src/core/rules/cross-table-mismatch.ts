import type { DetectedColumn } from '../detect/columns';
import type { TableModel } from '../detect/table';
import { unitLabel } from '../i18n/labels';
import { toA1 } from '../model/address';
import type { Amount } from '../money/fen';
import { formatFen } from '../money/format';
import { toHalfWidth } from '../parse/text';
import { moneyCheck } from './checkRows';
import { compareFigure } from './compare';
import { defineRule } from './rule';

type MessageId = 'basic' | 'basicRounding';

/** A figure one table states, with its place. */
interface Stated {
  readonly table: TableModel;
  readonly row: number;
  readonly col: number;
  readonly amount: Amount;
}

/** The texts above a table that name it: its title rows and its sheet's name. */
function titleOf(table: TableModel): string {
  const texts: string[] = [table.name];
  for (let row = 0; row < table.headerTop; row++) {
    for (const value of table.grid.rows[row] ?? []) {
      if (typeof value === 'string') texts.push(toHalfWidth(value));
    }
  }
  return texts.join(' ');
}

function amountAt(table: TableModel, row: number, column: DetectedColumn): Stated | undefined {
  const read = table.figures.amount(row, column);
  return read.kind === 'amount' ? { table, row, col: column.col, amount: read } : undefined;
}

/**
 * 基本支出 as the 一般公共预算财政拨款支出决算表 states it: its 合计 row, its 基本支出 column (the
 * column itself, or its 小计 where 基本支出 has parts).
 */
function basicOfSpendingTable(table: TableModel): Stated | undefined {
  const title = titleOf(table);
  if (!/支出决算表|支出表/.test(title) || /基本支出决算表|基本支出表/.test(title)) return undefined;
  const column = table.columns.find((candidate) => {
    const path = candidate.path ?? [candidate.header];
    const at = path.lastIndexOf('基本支出');
    return at === path.length - 1 || (at === path.length - 2 && candidate.total === true);
  });
  const total = table.rows.find((row) => row.kind === 'total');
  if (!column || !total) return undefined;
  return amountAt(table, total.row, column);
}

/** 人员经费合计 and 公用经费合计 as the 基本支出决算表 states them (one or two tables). */
function basicParts(tables: readonly TableModel[]): Stated[] {
  const parts: Stated[] = [];
  for (const key of ['人员经费合计', '公用经费合计']) {
    for (const table of tables) {
      if (!/基本支出/.test(titleOf(table))) continue;
      const row = table.rows.find((candidate) => candidate.key === key);
      const column = table.columns.find((c) => c.role === 'actual' || c.role === 'budget');
      const found = row && column && amountAt(table, row.row, column);
      if (found) {
        parts.push(found);
        break;
      }
    }
  }
  return parts.length === 2 ? parts : [];
}

/** A1 on another sheet, quoted where Excel would quote the sheet's name. */
function reference(stated: Stated): string {
  const name = stated.table.name;
  const sheet = /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  return `${sheet}!${toA1(stated.row, stated.col)}`;
}

export default defineRule<MessageId>({
  meta: {
    name: 'cross-table-mismatch',
    severity: 'error',
    description:
      'One figure stated in two tables of the workbook differs between them (基本支出 against 人员经费合计 + 公用经费合计).',
    messages: {
      'zh-CN': {
        basic:
          '一般公共预算财政拨款支出决算表列示基本支出 {actual} {unit}，但基本支出决算表的人员经费合计 {personnel} {unit} 与公用经费合计 {operating} {unit} 之和为 {expected} {unit}，相差 {difference} {unit}，超出尾差容许范围（±{tolerance} {unit}）。',
        basicRounding:
          '一般公共预算财政拨款支出决算表列示基本支出 {actual} {unit}，基本支出决算表的人员经费合计 {personnel} {unit} 与公用经费合计 {operating} {unit} 之和为 {expected} {unit}，相差 {difference} {unit}，在尾差容许范围（±{tolerance} {unit}）内，属四舍五入尾差。',
      },
      'en-US': {
        basic:
          'The general-budget spending table states basic expenditure of {actual} {unit}, but the basic expenditure table gives personnel {personnel} {unit} + operating {operating} {unit} = {expected} {unit}: a difference of {difference} {unit}, beyond the rounding tolerance of ±{tolerance} {unit}.',
        basicRounding:
          'The general-budget spending table states basic expenditure of {actual} {unit}, and the basic expenditure table gives personnel {personnel} {unit} + operating {operating} {unit} = {expected} {unit}: a difference of {difference} {unit}, within the rounding tolerance of ±{tolerance} {unit} (a rounding difference).',
      },
    },
  },
  check(context) {
    const { tables } = context.workbook;
    const parts = basicParts(tables);
    if (!parts.length) return;
    const [personnel, operating] = parts;
    for (const table of tables) {
      const basic = basicOfSpendingTable(table);
      if (!basic) continue;
      const { strict, language } = context.options;
      const amounts = parts.map((part) => part.amount);
      const recomputed = personnel.amount.fen + operating.amount.fen;
      const comparison = compareFigure(basic.amount, amounts, recomputed, strict);
      const cell = toA1(basic.row, basic.col);
      context.record(
        moneyCheck(
          '基本支出',
          { kind: 'rule', rule: 'cross-table-mismatch' },
          { sheet: table.name, cell },
          basic.amount,
          recomputed,
          comparison,
        ),
      );
      if (!comparison) continue;
      const unit = basic.amount.unit;
      const inUnit = (part: Stated): string =>
        formatFen(part.amount.fen, unit, basic.amount.shownDecimals);
      context.report({
        messageId: comparison.severity === 'warning' ? 'basicRounding' : 'basic',
        sheet: table,
        cell,
        related: parts.map(reference),
        expected: comparison.expected,
        actual: comparison.actual,
        unit: unit.zh,
        severity: comparison.severity,
        data: {
          personnel: inUnit(personnel),
          operating: inUnit(operating),
          difference: comparison.difference,
          tolerance: comparison.tolerance,
          unit: unitLabel(unit, language),
        },
      });
    }
  },
});
