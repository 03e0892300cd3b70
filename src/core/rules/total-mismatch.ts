import { columnRuns, toA1 } from '../model/address';
import type { DetectedColumn } from '../detect/columns';
import type { SheetModel } from '../detect/sheet';
import type { Aggregate } from '../detect/structure';
import { partsLabel, unitLabel } from '../i18n/labels';
import type { Amount } from '../money/fen';
import { isUncountable } from '../parse/amount';
import type { Language } from '../model/finding';
import { compareFigure, type Comparison } from './compare';
import { defineRule, type RuleContext } from './rule';

type MessageId = 'mismatch' | 'rounding' | 'strict' | 'countMismatch';

/** Columns whose figures add up down a table; a 标准 (rate) column never does. */
const SUMMED_ROLES = new Set(['budget', 'actual', 'amount', 'source']);

/** The children's labels; a label used twice (two 小计) gets its row number to tell them apart. */
function labelsOf(sheet: SheetModel, rows: readonly number[], language: Language): string[] {
  const byRow = new Map(sheet.rows.map((row) => [row.row, row.label]));
  const labels = rows.map((row) => byRow.get(row) ?? '');
  return labels.map((label, i) => {
    if (labels.indexOf(label) === labels.lastIndexOf(label)) return label;
    return language === 'zh-CN'
      ? `${label}（第${rows[i] + 1}行）`
      : `${label} (row ${rows[i] + 1})`;
  });
}

/**
 * A figure as its parent should count it: the stated figure, except where that figure is itself
 * an aggregate found wrong (not merely rounded), when its recomputation counts instead. So one
 * wrong 款 is reported once, at the 款, and its 类 is judged against the true sum below it.
 */
interface Counted {
  readonly stated: Amount | undefined;
  readonly countedFen: number | undefined;
  readonly invalid: boolean;
}

class SheetTotals {
  private readonly aggregates: Map<number, Aggregate>;
  private readonly counted = new Map<string, Counted>();

  constructor(
    private readonly context: RuleContext<MessageId>,
    private readonly sheet: SheetModel,
  ) {
    this.aggregates = new Map(sheet.aggregates.map((aggregate) => [aggregate.row, aggregate]));
  }

  check(): void {
    const summed = this.sheet.columns.filter((column) => SUMMED_ROLES.has(column.role));
    for (const aggregate of this.sheet.aggregates)
      for (const column of summed) this.count(aggregate.row, column);
  }

  private count(row: number, column: DetectedColumn): Counted {
    const key = `${row}:${column.col}`;
    const known = this.counted.get(key);
    if (known) return known;
    // Guards a malformed hierarchy: a row met again while it is being summed counts as stated.
    const read = this.sheet.figures.amount(row, column);
    const asStated: Counted = {
      stated: read.kind === 'amount' ? read : undefined,
      countedFen: read.kind === 'amount' ? read.fen : undefined,
      invalid: isUncountable(read),
    };
    this.counted.set(key, asStated);
    const aggregate = this.aggregates.get(row);
    const result = aggregate ? this.evaluate(aggregate, column, asStated) : asStated;
    this.counted.set(key, result);
    return result;
  }

  private evaluate(aggregate: Aggregate, column: DetectedColumn, asStated: Counted): Counted {
    const parts: Amount[] = [];
    let statedSum = 0;
    let trueSum = 0;
    for (const child of aggregate.children) {
      const part = this.count(child, column);
      // An unreadable part is reported by not-a-number; a sum without it would be a guess.
      if (part.invalid) return asStated;
      if (part.stated === undefined || part.countedFen === undefined) continue;
      parts.push(part.stated);
      statedSum += part.stated.fen;
      trueSum += part.countedFen;
    }
    const stated = asStated.stated;
    if (!parts.length || !stated) return asStated;
    const { strict } = this.context.options;
    const comparison = compareFigure(stated, parts, trueSum, strict);
    if (!comparison) return asStated;
    if (trueSum !== statedSum) {
      // A part below is wrong and reported where it stands. This figure is reported too only
      // when it agrees neither with the parts as shown nor with their true sum.
      const asShown = compareFigure(stated, parts, statedSum, strict);
      if (comparison.rounding || !asShown || asShown.rounding) return asStated;
    }
    this.report(aggregate, column, stated, comparison);
    return comparison.rounding ? asStated : { ...asStated, countedFen: trueSum };
  }

  private report(
    aggregate: Aggregate,
    column: DetectedColumn,
    stated: Amount,
    comparison: Comparison,
  ): void {
    const { strict, language } = this.context.options;
    this.context.report({
      messageId: strict ? 'strict' : comparison.rounding ? 'rounding' : 'mismatch',
      sheet: this.sheet,
      cell: toA1(aggregate.row, column.col),
      related: columnRuns(column.col, aggregate.children),
      expected: comparison.expected,
      actual: comparison.actual,
      unit: stated.unit.zh,
      severity: comparison.severity,
      data: {
        label: aggregate.label,
        column: column.header.trim(),
        parts: partsLabel(
          labelsOf(this.sheet, aggregate.children, this.context.options.language),
          language,
        ),
        difference: comparison.difference,
        tolerance: comparison.tolerance,
        unit: unitLabel(stated.unit, language),
      },
    });
  }
}

/** A headcount total is a count: exact, no rounding tolerance. */
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
    if (isUncountable(part)) return;
    if (part.kind !== 'count') continue;
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
      parts: partsLabel(
        labelsOf(sheet, aggregate.children, context.options.language),
        context.options.language,
      ),
      difference: String(Math.abs(stated.count - recomputed)),
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
      new SheetTotals(context, sheet).check();
      const counts = sheet.columns.filter((column) => column.role === 'headcount');
      for (const aggregate of sheet.aggregates) {
        for (const column of counts) checkCount(context, sheet, aggregate, column);
      }
    }
  },
});
