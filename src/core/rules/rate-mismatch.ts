import type { TableModel } from '../detect/table';
import { unitLabel } from '../i18n/labels';
import { toA1 } from '../model/address';
import type { Language } from '../model/finding';
import { moneyCheck } from './checkRows';
import { changes, executionRates, scores, type RateIssue, type RateKind } from './rates/checks';
import { defineRule, type RuleContext } from './rule';

type MessageId = RateKind | `${RateKind}Rounding`;

/** The unit as the message says it: `%`, 万元 / ten thousand yuan, or nothing for a score. */
function unitText(issue: RateIssue, language: Language): string {
  if (issue.kind === 'change' && issue.money) return unitLabel(issue.money.stated.unit, language);
  return issue.unit ?? '';
}

function report(context: RuleContext<MessageId>, table: TableModel, issue: RateIssue): void {
  const { verdict } = issue;
  if (!verdict) return;
  context.report({
    messageId: verdict.rounding ? `${issue.kind}Rounding` : issue.kind,
    sheet: table,
    cell: toA1(issue.row.row, issue.column.col),
    related: issue.related,
    expected: verdict.expected,
    actual: verdict.actual,
    unit: issue.unit,
    severity: verdict.severity,
    data: {
      label: issue.row.label,
      column: issue.column.header.trim(),
      difference: verdict.difference,
      unit: unitText(issue, context.options.language),
    },
  });
}

/** 增减 is money: the reconciliation table lists it, agreeing or not. */
function record(context: RuleContext<MessageId>, table: TableModel, issue: RateIssue): void {
  if (!issue.money) return;
  context.record(
    moneyCheck(
      issue.row.label,
      { kind: 'column', header: issue.column.header.trim() },
      { sheet: table.name, cell: toA1(issue.row.row, issue.column.col) },
      issue.money.stated,
      issue.money.recomputedFen,
      issue.money.comparison,
    ),
  );
}

export default defineRule<MessageId>({
  meta: {
    name: 'rate-mismatch',
    severity: 'error',
    description:
      'A stated ratio or difference differs from its recomputation from the same line: 执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率 (at most 分值), 增减 = 本年 − 上年, 增减率 = 增减 ÷ 上年.',
    messages: {
      'zh-CN': {
        rate: '「{label}」{column}列示 {actual}{unit}，但执行数 ÷ 预算数为 {expected}{unit}，相差 {difference} 个百分点。',
        rateRounding:
          '「{label}」{column}列示 {actual}{unit}，执行数 ÷ 预算数为 {expected}{unit}，相差 {difference} 个百分点，可由各数的四舍五入解释，属尾差。',
        score:
          '「{label}」{column}列示 {actual}，但分值 × 执行率（不超过分值）为 {expected}，相差 {difference}。',
        scoreRounding:
          '「{label}」{column}列示 {actual}，分值 × 执行率（不超过分值）为 {expected}，相差 {difference}，可由执行率的四舍五入解释，属尾差。',
        change:
          '「{label}」{column}列示 {actual} {unit}，但本年 − 上年为 {expected} {unit}，相差 {difference} {unit}。',
        changeRounding:
          '「{label}」{column}列示 {actual} {unit}，本年 − 上年为 {expected} {unit}，相差 {difference} {unit}，在尾差容许范围内，属四舍五入尾差。',
        changeRate:
          '「{label}」{column}列示 {actual}{unit}，但增减 ÷ 上年为 {expected}{unit}，相差 {difference} 个百分点。',
        changeRateRounding:
          '「{label}」{column}列示 {actual}{unit}，增减 ÷ 上年为 {expected}{unit}，相差 {difference} 个百分点，可由各数的四舍五入解释，属尾差。',
      },
      'en-US': {
        rate: '"{label}" {column} states {actual}{unit}, but executed ÷ budget is {expected}{unit}: {difference} percentage points apart.',
        rateRounding:
          '"{label}" {column} states {actual}{unit}, and executed ÷ budget is {expected}{unit}: {difference} percentage points apart, which the rounding of the figures explains (a rounding difference).',
        score:
          '"{label}" {column} states {actual}, but points × execution rate (at most the points) is {expected}: a difference of {difference}.',
        scoreRounding:
          '"{label}" {column} states {actual}, and points × execution rate (at most the points) is {expected}: a difference of {difference}, which the rounding of the rate explains (a rounding difference).',
        change:
          '"{label}" {column} states {actual} {unit}, but this year − last year is {expected} {unit}: a difference of {difference} {unit}.',
        changeRounding:
          '"{label}" {column} states {actual} {unit}, and this year − last year is {expected} {unit}: a difference of {difference} {unit}, within the rounding tolerance (a rounding difference).',
        changeRate:
          '"{label}" {column} states {actual}{unit}, but change ÷ last year is {expected}{unit}: {difference} percentage points apart.',
        changeRateRounding:
          '"{label}" {column} states {actual}{unit}, and change ÷ last year is {expected}{unit}: {difference} percentage points apart, which the rounding of the figures explains (a rounding difference).',
      },
    },
  },
  check(context) {
    const { strict } = context.options;
    for (const table of context.workbook.tables) {
      if (table.ambiguity) continue;
      for (const checks of [executionRates, scores, changes]) {
        for (const issue of checks(table, strict)) {
          record(context, table, issue);
          report(context, table, issue);
        }
      }
    }
  },
});
