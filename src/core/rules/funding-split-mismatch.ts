import { ledgerOf } from '../detect/ledger';
import { unitLabel } from '../i18n/labels';
import { toA1 } from '../model/address';
import { compareFigure } from './compare';
import { lineLabel } from './labels';
import { moneyCheck } from './checkRows';
import { defineRule } from './rule';

type MessageId = 'mismatch' | 'rounding';

export default defineRule<MessageId>({
  meta: {
    name: 'funding-split-mismatch',
    severity: 'error',
    description: "The funding-source parts of a line do not add up to the line's 金额.",
    messages: {
      'zh-CN': {
        mismatch:
          '「{label}」金额列示 {actual} {unit}，但资金来源（{sources}）合计为 {expected} {unit}，相差 {difference} {unit}。',
        rounding:
          '「{label}」金额列示 {actual} {unit}，资金来源（{sources}）合计为 {expected} {unit}，相差 {difference} {unit}，在尾差容许范围（±{tolerance} {unit}）内，属四舍五入尾差。',
      },
      'en-US': {
        mismatch:
          '"{label}" states an amount of {actual} {unit}, but its funding sources ({sources}) add up to {expected} {unit}: a difference of {difference} {unit}.',
        rounding:
          '"{label}" states an amount of {actual} {unit}, and its funding sources ({sources}) add up to {expected} {unit}: a difference of {difference} {unit}, within the rounding tolerance of ±{tolerance} {unit} (a rounding difference).',
      },
    },
  },
  check(context) {
    const { strict, language } = context.options;
    for (const line of ledgerOf(context.workbook).lines) {
      if (!line.amount || !line.sources.length) continue;
      let recomputedSum = 0;
      for (const source of line.sources) recomputedSum += source.amount.fen;
      const stated = line.amount.amount;
      const parts = line.sources.map((source) => source.amount);
      const comparison = compareFigure(stated, parts, recomputedSum, strict);
      context.record(
        moneyCheck(
          line.group,
          { kind: 'funding' },
          { sheet: line.sheet.name, cell: toA1(line.amount.row, line.amount.col) },
          stated,
          recomputedSum,
          comparison,
        ),
      );
      if (!comparison) continue;
      context.report({
        messageId: comparison.severity === 'warning' ? 'rounding' : 'mismatch',
        sheet: line.sheet,
        cell: toA1(line.amount.row, line.amount.col),
        related: line.sources.map((source) => toA1(source.row, source.col)),
        expected: comparison.expected,
        actual: comparison.actual,
        unit: stated.unit.zh,
        severity: comparison.severity,
        data: {
          label: lineLabel(line),
          sources: line.sources.map((source) => source.source).join(' + '),
          difference: comparison.difference,
          tolerance: comparison.tolerance,
          unit: unitLabel(stated.unit, language),
        },
      });
    }
  },
});
