import type { DetectedColumn } from '../detect/columns';
import type { TableModel } from '../detect/table';
import { evaluateTotals, type Place, type TotalCheck } from '../detect/totals';
import type { Aggregate } from '../detect/structure';
import { partsLabel, unitLabel } from '../i18n/labels';
import { isUncountable } from '../parse/amount';
import type { Language } from '../model/finding';
import { columnRuns, rowRuns, toA1 } from '../model/address';
import { formatFen } from '../money/format';
import { compareFigure } from './compare';
import { countCheck, moneyCheck } from './checkRows';
import { defineRule, type RuleContext } from './rule';
import { findCrossings } from './totals/crossing';
import { skippedByFormula } from './totals/formulaEvidence';

type MessageId =
  'mismatch' | 'rounding' | 'strict' | 'countMismatch' | 'exceeds' | 'crossing' | 'formulaSkips';

/** The parts' names: lines by label (a label used twice gets its row), columns by header. */
function partNames(table: TableModel, check: TotalCheck, language: Language): string[] {
  const { relation } = check;
  if (relation.direction === 'row') {
    const headers = new Map(table.columns.map((column) => [column.col, column.header.trim()]));
    return relation.along.map((col) => headers.get(col) ?? '');
  }
  const byRow = new Map(table.rows.map((row) => [row.row, row.label]));
  const rows = relation.along;
  const labels = rows.map((row) => byRow.get(row) ?? '');
  return labels.map((label, i) => {
    if (labels.indexOf(label) === labels.lastIndexOf(label)) return label;
    return language === 'zh-CN'
      ? `${label}（第${rows[i] + 1}行）`
      : `${label} (row ${rows[i] + 1})`;
  });
}

function relatedOf(check: TotalCheck): string[] {
  const { relation } = check;
  if (relation.direction === 'row') {
    return rowRuns(relation.total.row, relation.along);
  }
  return columnRuns(relation.total.col, relation.along);
}

function columnAt(table: TableModel, place: Place): DetectedColumn | undefined {
  return table.columns.find((column) => column.col === place.col);
}

/** Records what a relation compared, for the reconciliation table, agreeing or not. */
function recordCheck(context: RuleContext<MessageId>, table: TableModel, check: TotalCheck): void {
  const amounts = check.amounts;
  const { total } = check.relation;
  // The table lists what the stated figure is judged against: the parts as they stand.
  const comparison = compareFigure(check.stated, amounts, check.statedSum, context.options.strict);
  context.record(
    moneyCheck(
      check.relation.label,
      { kind: 'column', header: columnAt(table, total)?.header.trim() ?? '' },
      { sheet: table.name, cell: toA1(total.row, total.col) },
      check.stated,
      check.statedSum,
      check.relation.partial && check.statedSum <= check.stated.fen ? undefined : comparison,
    ),
  );
}

function reportCheck(context: RuleContext<MessageId>, table: TableModel, check: TotalCheck): void {
  const { strict, language } = context.options;
  const amounts = check.amounts;
  const comparison = compareFigure(check.stated, amounts, check.trueSum, strict);
  if (!comparison) return;
  const partial = check.relation.partial;
  const skipped = comparison.rounding ? undefined : skippedByFormula(table, check.relation);
  context.report({
    messageId: partial
      ? 'exceeds'
      : skipped
        ? 'formulaSkips'
        : strict
          ? 'strict'
          : comparison.rounding
            ? 'rounding'
            : 'mismatch',
    sheet: table,
    cell: toA1(check.relation.total.row, check.relation.total.col),
    related: relatedOf(check),
    expected: comparison.expected,
    actual: comparison.actual,
    unit: check.stated.unit.zh,
    severity: partial ? 'error' : comparison.severity,
    data: {
      label: check.relation.label,
      column: columnAt(table, check.relation.total)?.header.trim() ?? '',
      parts: partsLabel(partNames(table, check, language), language),
      difference: comparison.difference,
      tolerance: comparison.tolerance,
      unit: unitLabel(check.stated.unit, language),
      covered: skipped?.covered ?? '',
      skipped: skipped?.skipped ?? '',
    },
  });
}

function reportCrossings(
  context: RuleContext<MessageId>,
  table: TableModel,
  checks: readonly TotalCheck[],
): Set<TotalCheck> {
  const explained = new Set<TotalCheck>();
  const crossings = findCrossings(checks);
  if (!crossings.length) return explained;
  const labels = new Map(table.rows.map((row) => [row.row, row.label]));
  for (const crossing of crossings) {
    explained.add(crossing.rowCheck);
    explained.add(crossing.columnCheck);
    const column = columnAt(table, crossing.place);
    const figure = column && table.figures.amount(crossing.place.row, column);
    if (!column || figure?.kind !== 'amount') continue;
    const { language } = context.options;
    const rowTotal = crossing.rowCheck.relation.total;
    const columnTotal = crossing.columnCheck.relation.total;
    context.report({
      messageId: 'crossing',
      sheet: table,
      cell: toA1(crossing.place.row, crossing.place.col),
      related: [toA1(rowTotal.row, rowTotal.col), toA1(columnTotal.row, columnTotal.col)],
      expected: formatFen(figure.fen + crossing.correctionFen, figure.unit, figure.shownDecimals),
      actual: formatFen(figure.fen, figure.unit, figure.shownDecimals),
      unit: figure.unit.zh,
      severity: 'error',
      data: {
        label: labels.get(crossing.place.row) ?? '',
        column: column.header.trim(),
        rowTotal: columnAt(table, rowTotal)?.header.trim() ?? '',
        columnTotal: labels.get(columnTotal.row) ?? '',
        unit: unitLabel(figure.unit, language),
      },
    });
  }
  return explained;
}

/** A headcount total is a count: exact, no rounding tolerance. */
function checkCount(
  context: RuleContext<MessageId>,
  table: TableModel,
  aggregate: Aggregate,
  column: DetectedColumn,
): void {
  const stated = table.figures.count(aggregate.row, column);
  if (stated.kind !== 'count') return;
  let recomputed = 0;
  let counted = 0;
  for (const child of aggregate.children) {
    const part = table.figures.count(child, column);
    if (isUncountable(part)) return;
    if (part.kind !== 'count') continue;
    recomputed += part.count;
    counted++;
  }
  if (!counted) return;
  context.record(
    countCheck(
      aggregate.label,
      { kind: 'column', header: column.header.trim() },
      { sheet: table.name, cell: toA1(aggregate.row, column.col) },
      stated.count,
      recomputed,
    ),
  );
  if (recomputed === stated.count) return;
  const byRow = new Map(table.rows.map((row) => [row.row, row.label]));
  context.report({
    messageId: 'countMismatch',
    sheet: table,
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
        aggregate.children.map((row) => byRow.get(row) ?? ''),
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
      'A stated total, subtotal, category or code roll-up differs from the sum it covers, down a column or across a row.',
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
        exceeds:
          '「{label}」{column}列示 {actual} {unit}，但其中{parts}合计已达 {expected} {unit}，超过了它。',
        crossing:
          '「{label}」{column}列示 {actual} {unit}，与本行「{rowTotal}」和「{columnTotal}」两处合计都不符；两处合计都要求此数为 {expected} {unit}。',
        formulaSkips:
          '「{label}」{column}列示 {actual} {unit}，但{parts}合计为 {expected} {unit}，相差 {difference} {unit}：公式只合计了 {covered}，未包括 {skipped}。',
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
        exceeds:
          '"{label}" {column} states {actual} {unit}, but its parts {parts} already add up to {expected} {unit}, more than it.',
        crossing:
          '"{label}" {column} states {actual} {unit}, which breaks both the row\'s "{rowTotal}" and the "{columnTotal}" total; both totals need this figure to be {expected} {unit}.',
        formulaSkips:
          '"{label}" {column} states {actual} {unit}, but {parts} add up to {expected} {unit}: a difference of {difference} {unit}. Its formula sums only {covered} and leaves out {skipped}.',
      },
    },
  },
  check(context) {
    for (const table of context.workbook.tables) {
      // A table read two ways that disagree is reported by unread-table, not guessed at.
      if (table.ambiguity) continue;
      const checks = evaluateTotals(table);
      for (const check of checks) recordCheck(context, table, check);
      const explained = reportCrossings(context, table, checks);
      for (const check of checks) {
        if (check.own && !explained.has(check)) reportCheck(context, table, check);
      }
      const counts = table.columns.filter((column) => column.role === 'headcount');
      for (const aggregate of table.aggregates) {
        for (const column of counts) checkCount(context, table, aggregate, column);
      }
    }
  },
});
