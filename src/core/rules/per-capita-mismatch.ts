import type { DisbursementLine, MoneyCell, RosterEntry } from '../detect/disbursement';
import type { RosterGroup } from '../detect/ledger';
import { ledgerOf } from '../detect/ledger';
import { unitLabel } from '../i18n/labels';
import { toA1 } from '../model/address';
import { formatFen } from '../money/format';
import { compareFigure, compareProduct } from './compare';
import { refFrom } from './refs';
import { lineLabel } from './labels';
import { displayName } from '../detect/projects';
import { moneyCheck } from './checkRows';
import { defineRule, type RuleContext } from './rule';

type MessageId = 'product' | 'productRounding' | 'productStrict' | 'rosterStandard' | 'rosterModal';
type Context = RuleContext<MessageId>;

function checkLine(context: Context, line: DisbursementLine): void {
  const { headcount, standard, amount } = line;
  if (!headcount || !standard || !amount) return;
  const { strict, language } = context.options;
  const comparison = compareProduct(amount.amount, standard.amount, headcount.count, strict);
  context.record(
    moneyCheck(
      line.group,
      { kind: 'perCapita' },
      { sheet: line.sheet.name, cell: toA1(amount.row, amount.col) },
      amount.amount,
      headcount.count * standard.amount.fen,
      comparison,
    ),
  );
  if (!comparison) return;
  context.report({
    messageId:
      comparison.severity === 'warning'
        ? 'productRounding'
        : comparison.rounding
          ? 'productStrict'
          : 'product',
    sheet: line.sheet,
    cell: toA1(amount.row, amount.col),
    related: [toA1(line.row, headcount.col), toA1(standard.row, standard.col)],
    expected: comparison.expected,
    actual: comparison.actual,
    unit: amount.amount.unit.zh,
    severity: comparison.severity,
    data: {
      label: lineLabel(line),
      headcount: headcount.count,
      standard: standardText(standard),
      difference: comparison.difference,
      tolerance: comparison.tolerance,
      unit: unitLabel(amount.amount.unit, language),
    },
  });
}

function standardText(standard: MoneyCell): string {
  const { fen, unit, shownDecimals } = standard.amount;
  return formatFen(fen, unit, shownDecimals);
}

/**
 * The amount most recipients of a group got, when a strict majority got it: an amount typed
 * wrong stands out against it; a group of varying amounts (大病救助) has no such standard.
 */
export function modalAmount(entries: readonly RosterEntry[]): MoneyCell | undefined {
  const counts = new Map<number, { count: number; cell: MoneyCell }>();
  let paid = 0;
  for (const entry of entries) {
    if (!entry.amount) continue;
    paid++;
    const known = counts.get(entry.amount.amount.fen);
    if (known) known.count++;
    else counts.set(entry.amount.amount.fen, { count: 1, cell: entry.amount });
  }
  for (const { count, cell } of counts.values()) if (2 * count > paid) return cell;
  return undefined;
}

function checkRoster(context: Context, roster: RosterGroup): void {
  const stated = roster.line?.standard;
  const standard = stated ?? modalAmount(roster.entries);
  if (!standard) return;
  const { strict, language } = context.options;
  for (const entry of roster.entries) {
    if (!entry.amount || entry.amount.amount.fen === standard.amount.fen) continue;
    const paid = entry.amount.amount;
    const comparison = compareFigure(paid, [standard.amount], standard.amount.fen, strict);
    if (!comparison) continue;
    const standardSheet = stated && roster.line ? roster.line.sheet : entry.sheet;
    context.report({
      messageId: stated ? 'rosterStandard' : 'rosterModal',
      sheet: entry.sheet,
      cell: toA1(entry.amount.row, entry.amount.col),
      related: stated ? [refFrom(entry.sheet, standardSheet, toA1(stated.row, stated.col))] : [],
      expected: comparison.expected,
      actual: comparison.actual,
      unit: paid.unit.zh,
      severity: comparison.severity,
      data: {
        row: entry.row + 1,
        label:
          [roster.project && displayName(roster.project), roster.line?.group]
            .filter(Boolean)
            .join('·') || entry.sheet.name,
        difference: comparison.difference,
        unit: unitLabel(paid.unit, language),
      },
    });
  }
}

export default defineRule<MessageId>({
  meta: {
    name: 'per-capita-mismatch',
    severity: 'error',
    description:
      "人数 × 标准 differs from a line's 金额, or a roster amount differs from its group's standard.",
    messages: {
      'zh-CN': {
        product:
          '「{label}」按每人 {standard} {unit}的标准发放 {headcount} 人，应为 {expected} {unit}，金额列示 {actual} {unit}，相差 {difference} {unit}，超出尾差容许范围（±{tolerance} {unit}）。',
        productRounding:
          '「{label}」按每人 {standard} {unit}的标准发放 {headcount} 人，应为 {expected} {unit}，金额列示 {actual} {unit}，相差 {difference} {unit}，在尾差容许范围（±{tolerance} {unit}）内，属四舍五入尾差。',
        productStrict:
          '「{label}」按每人 {standard} {unit}的标准发放 {headcount} 人，应为 {expected} {unit}，金额列示 {actual} {unit}，相差 {difference} {unit}（严格模式：任何差额均视为错误）。',
        rosterStandard:
          '第 {row} 行发放 {actual} {unit}，与「{label}」的发放标准每人 {expected} {unit}不符，相差 {difference} {unit}。',
        rosterModal:
          '第 {row} 行发放 {actual} {unit}，而「{label}」多数人员按每人 {expected} {unit} 发放，相差 {difference} {unit}，请核实。',
      },
      'en-US': {
        product:
          '"{label}": {headcount} recipients at {standard} {unit} each come to {expected} {unit}, but the amount states {actual} {unit}: a difference of {difference} {unit}, beyond the rounding tolerance of ±{tolerance} {unit}.',
        productRounding:
          '"{label}": {headcount} recipients at {standard} {unit} each come to {expected} {unit}, and the amount states {actual} {unit}: a difference of {difference} {unit}, within the rounding tolerance of ±{tolerance} {unit} (a rounding difference).',
        productStrict:
          '"{label}": {headcount} recipients at {standard} {unit} each come to {expected} {unit}, but the amount states {actual} {unit}: a difference of {difference} {unit} (strict mode: every difference is an error).',
        rosterStandard:
          'Row {row} was paid {actual} {unit}, not the standard of {expected} {unit} per person for "{label}": a difference of {difference} {unit}.',
        rosterModal:
          'Row {row} was paid {actual} {unit}, while most recipients of "{label}" were paid {expected} {unit}: a difference of {difference} {unit}; please check.',
      },
    },
  },
  check(context) {
    const ledger = ledgerOf(context.workbook);
    for (const line of ledger.lines) checkLine(context, line);
    for (const roster of ledger.rosters) checkRoster(context, roster);
  },
});
