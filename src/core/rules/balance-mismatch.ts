import type { DetectedColumn } from '../detect/columns';
import { titlesAbove } from '../detect/regions';
import type { TableModel } from '../detect/table';
import { unitLabel } from '../i18n/labels';
import { toA1 } from '../model/address';
import type { Amount } from '../money/fen';
import { moneyCheck } from './checkRows';
import { compareFigure } from './compare';
import { defineRule } from './rule';

type MessageId = 'mismatch' | 'rounding' | 'strict';

/** 收支总表, 部门收支总表, 收入支出决算总表, 财政拨款收入支出决算总表: by title or sheet name. */
const STATEMENT_TITLE = /收支总表|收入支出(决算|预算)?总表/;

/** A side's 总计 as the table states it. */
interface SideTotal {
  readonly table: TableModel;
  readonly label: string;
  readonly row: number;
  readonly column: DetectedColumn;
  readonly amount: Amount;
}

function isStatement(table: TableModel): boolean {
  const band = { top: table.headerTop, anchor: table.headerTop, bottom: table.headerTop };
  return titlesAbove(table.grid, band, 0).some((title) => STATEMENT_TITLE.test(title));
}

/** What the side is about: the top of its header paths (收入 / 支出). */
function sideOf(table: TableModel): 'income' | 'spending' | undefined {
  const tops = new Set(table.columns.map((column) => column.path?.[0] ?? column.header));
  const text = [...tops].join('|');
  if (/收入/.test(text) && !/支出/.test(text)) return 'income';
  if (/支出/.test(text) && !/收入/.test(text)) return 'spending';
  return undefined;
}

/** The side's 总计: its bottom total line, read in its first figure column. */
function totalOf(table: TableModel): SideTotal | undefined {
  const column = table.columns.find(
    (c) => (c.role === 'actual' || c.role === 'budget') && !c.whereof,
  );
  const total = [...table.rows].reverse().find((row) => /^总计$/.test(row.key));
  if (!column || !total) return undefined;
  const read = table.figures.amount(total.row, column);
  if (read.kind !== 'amount') return undefined;
  return { table, label: total.label, row: total.row, column, amount: read };
}

/** The 收入 and 支出 halves of one header band, left and right, on a 收支总表. */
function halves(tables: readonly TableModel[]): [SideTotal, SideTotal][] {
  const pairs: [SideTotal, SideTotal][] = [];
  tables.forEach((left, i) => {
    const right = tables[i + 1] as TableModel | undefined;
    if (!right || right.grid !== left.grid || right.headerTop !== left.headerTop) return;
    if (right.range.left <= left.range.right) return;
    if (sideOf(left) !== 'income' || sideOf(right) !== 'spending' || !isStatement(left)) return;
    const income = totalOf(left);
    const spending = totalOf(right);
    if (income && spending) pairs.push([income, spending]);
  });
  return pairs;
}

export default defineRule<MessageId>({
  meta: {
    name: 'balance-mismatch',
    severity: 'error',
    description:
      'The two sides of a 收支总表 do not balance: 收入总计 differs from 支出总计 (reported at 支出总计).',
    messages: {
      'zh-CN': {
        mismatch:
          '支出总计 {actual} {unit} 与收入总计 {expected} {unit} 不平衡，相差 {difference} {unit}，超出尾差容许范围（±{tolerance} {unit}）。',
        rounding:
          '支出总计 {actual} {unit} 与收入总计 {expected} {unit} 相差 {difference} {unit}，在尾差容许范围（±{tolerance} {unit}）内，属四舍五入尾差。',
        strict:
          '支出总计 {actual} {unit} 与收入总计 {expected} {unit} 不平衡，相差 {difference} {unit}（严格模式：任何差额均视为错误）。',
      },
      'en-US': {
        mismatch:
          'Total spending {actual} {unit} does not balance total income {expected} {unit}: a difference of {difference} {unit}, beyond the rounding tolerance of ±{tolerance} {unit}.',
        rounding:
          'Total spending {actual} {unit} and total income {expected} {unit} differ by {difference} {unit}, within the rounding tolerance of ±{tolerance} {unit} (a rounding difference).',
        strict:
          'Total spending {actual} {unit} does not balance total income {expected} {unit}: a difference of {difference} {unit} (strict mode: every difference is an error).',
      },
    },
  },
  check(context) {
    const { strict, language } = context.options;
    for (const [income, spending] of halves(context.workbook.tables)) {
      const stated = spending.amount;
      const comparison = compareFigure(stated, [income.amount], income.amount.fen, strict);
      const cell = toA1(spending.row, spending.column.col);
      context.record(
        moneyCheck(
          spending.label,
          { kind: 'rule', rule: 'balance-mismatch' },
          { sheet: spending.table.name, cell },
          stated,
          income.amount.fen,
          comparison,
        ),
      );
      if (!comparison) continue;
      context.report({
        messageId: strict ? 'strict' : comparison.rounding ? 'rounding' : 'mismatch',
        sheet: spending.table,
        cell,
        related: [toA1(income.row, income.column.col)],
        expected: comparison.expected,
        actual: comparison.actual,
        unit: stated.unit.zh,
        severity: comparison.severity,
        data: {
          difference: comparison.difference,
          tolerance: comparison.tolerance,
          unit: unitLabel(stated.unit, language),
        },
      });
    }
  },
});
