import { ledgerOf } from '../detect/ledger';
import { unitLabel } from '../i18n/labels';
import { toA1 } from '../model/address';
import { percentage } from '../money/divide';
import { formatFen } from '../money/format';
import { defineRule } from './rule';

export default defineRule<'overBudget'>({
  meta: {
    name: 'over-budget',
    severity: 'error',
    description: 'A budget line was executed beyond its budgeted amount.',
    messages: {
      'zh-CN': {
        overBudget:
          '「{label}」执行数 {actual} {unit}，超过预算数 {expected} {unit}，超支 {difference} {unit}（执行率 {rate}%），请说明原因或办理预算调整。',
      },
      'en-US': {
        overBudget:
          '"{label}" executed {actual} {unit}, more than its budget of {expected} {unit}: {difference} {unit} over (execution rate {rate}%).',
      },
    },
  },
  check(context) {
    for (const line of ledgerOf(context.workbook).budgetLines) {
      const { budget, actual } = line;
      if (!budget || !actual || actual.amount.fen <= budget.amount.fen) continue;
      const unit = actual.amount.unit;
      const decimals = Math.max(budget.amount.shownDecimals, actual.amount.shownDecimals);
      const rate = percentage(actual.amount.fen, budget.amount.fen) ?? '—';
      context.report({
        messageId: 'overBudget',
        sheet: line.sheet,
        cell: toA1(actual.row, actual.col),
        related: [toA1(budget.row, budget.col)],
        expected: formatFen(budget.amount.fen, budget.amount.unit, decimals),
        actual: formatFen(actual.amount.fen, unit, decimals),
        unit: unit.zh,
        data: {
          label: line.label,
          difference: formatFen(actual.amount.fen - budget.amount.fen, unit, 0),
          unit: unitLabel(unit, context.options.language),
          rate,
        },
      });
    }
  },
});
