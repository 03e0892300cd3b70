import { columnRuns, toA1 } from '../model/address';
import type { DetectedColumn } from '../detect/columns';
import type { SheetModel } from '../detect/sheet';
import type { Aggregate } from '../detect/structure';
import { partsLabel, unitLabel } from '../i18n/labels';
import type { Amount } from '../money/fen';
import type { Language } from '../model/finding';
import { compareFigure } from './compare';
import { defineRule, type RuleContext } from './rule';

type MessageId = 'mismatch' | 'rounding' | 'strict' | 'countMismatch';

/** Columns whose figures add up down a table; a 标准 (rate) column never does. */
const SUMMED_ROLES = new Set(['budget', 'actual', 'amount', 'source']);

function labelsOf(sheet: SheetModel, rows: readonly number[]): string[] {
  const byRow = new Map(sheet.rows.map((row) => [row.row, row.label]));
  return rows.map((row) => byRow.get(row) ?? '');
}

function checkMoney(
  context: RuleContext<MessageId>,
  sheet: SheetModel,
  aggregate: Aggregate,
  column: DetectedColumn,
): void {
  const stated = sheet.figures.amount(aggregate.row, column);
  if (stated.kind !== 'amount') return;
  const parts: Amount[] = [];
  let recomputedFen = 0;
  for (const child of aggregate.children) {
    const part = sheet.figures.amount(child, column);
    // An unreadable part is reported by not-a-number; a sum without it would be a guess.
    if (part.kind === 'invalid') return;
    if (part.kind === 'blank') continue;
    parts.push(part);
    recomputedFen += part.fen;
  }
  if (!parts.length) return;
  const { strict, language } = context.options;
  const comparison = compareFigure(stated, parts, recomputedFen, strict);
  if (!comparison) return;
  const unit = unitLabel(stated.unit, language);
  context.report({
    messageId:
      strict && comparison.severity === 'error'
        ? 'strict'
        : comparison.rounding
          ? 'rounding'
          : 'mismatch',
    sheet,
    cell: toA1(aggregate.row, column.col),
    related: columnRuns(column.col, aggregate.children),
    expected: comparison.expected,
    actual: comparison.actual,
    unit: stated.unit.zh,
    severity: comparison.severity,
    data: {
      label: aggregate.label,
      column: column.header.trim(),
      parts: partsLabel(labelsOf(sheet, aggregate.children), language),
      difference: comparison.difference,
      tolerance: comparison.tolerance,
      unit,
    },
  });
}

function checkCount(
  context: RuleContext<MessageId>,
  sheet: SheetModel,
  aggregate: Aggregate,
  column: DetectedColumn,
): void {
  const stated = sheet.figures.count(aggregate.row, column);
  if (stated.kind !== 'count') return;
  let recomputed = 0;
  let counted = 0;
  for (const child of aggregate.children) {
    const part = sheet.figures.count(child, column);
    if (part.kind === 'invalid') return;
    if (part.kind === 'blank') continue;
    recomputed += part.count;
    counted++;
  }
  if (!counted || recomputed === stated.count) return;
  context.report({
    messageId: 'countMismatch',
    sheet,
    cell: toA1(aggregate.row, column.col),
    related: columnRuns(column.col, aggregate.children),
    expected: String(recomputed),
    actual: String(stated.count),
    unit: null,
    severity: 'error',
    data: {
      label: aggregate.label,
      column: column.header.trim(),
      parts: partsLabel(labelsOf(sheet, aggregate.children), context.options.language as Language),
      difference: String(stated.count - recomputed),
    },
  });
}

export default defineRule<MessageId>({
  meta: {
    name: 'total-mismatch',
    severity: 'error',
    description:
      'A stated total, subtotal, category or code roll-up differs from the sum it covers.',
    messages: {
      'zh-CN': {
        mismatch:
          '「{label}」{column}列示 {actual} {unit}，但{parts}合计为 {expected} {unit}，相差 {difference} {unit}，超出尾差容许范围（±{tolerance} {unit}）。',
        rounding:
          '「{label}」{column}列示 {actual} {unit}，{parts}合计为 {expected} {unit}，相差 {difference} {unit}，在尾差容许范围（±{tolerance} {unit}）内，属四舍五入尾差。',
        strict:
          '「{label}」{column}列示 {actual} {unit}，但{parts}合计为 {expected} {unit}，相差 {difference} {unit}（严格模式：任何差额均视为错误）。',
        countMismatch:
          '「{label}」{column}列示 {actual}，但{parts}合计为 {expected}，相差 {difference}。',
      },
      'en-US': {
        mismatch:
          '"{label}" {column} states {actual} {unit}, but {parts} add up to {expected} {unit}: a difference of {difference} {unit}, beyond the rounding tolerance of ±{tolerance} {unit}.',
        rounding:
          '"{label}" {column} states {actual} {unit}, and {parts} add up to {expected} {unit}: a difference of {difference} {unit}, within the rounding tolerance of ±{tolerance} {unit} (a rounding difference).',
        strict:
          '"{label}" {column} states {actual} {unit}, but {parts} add up to {expected} {unit}: a difference of {difference} {unit} (strict mode: every difference is an error).',
        countMismatch:
          '"{label}" {column} states {actual}, but {parts} add up to {expected}: a difference of {difference}.',
      },
    },
  },
  check(context) {
    for (const sheet of context.workbook.sheets) {
      const summed = sheet.columns.filter((column) => SUMMED_ROLES.has(column.role));
      const counts = sheet.columns.filter((column) => column.role === 'headcount');
      for (const aggregate of sheet.aggregates) {
        for (const column of summed) checkMoney(context, sheet, aggregate, column);
        for (const column of counts) checkCount(context, sheet, aggregate, column);
      }
    }
  },
});
