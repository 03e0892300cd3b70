import { basicPartsOf, spendingOf, type OfficialFigure } from '../detect/official';
import { unitLabel } from '../i18n/labels';
import { toA1 } from '../model/address';
import { formatFen } from '../money/format';
import { moneyCheck } from './checkRows';
import { compareFigure } from './compare';
import { defineRule } from './rule';

type MessageId = 'basic' | 'basicRounding';

/** A1 on another sheet, quoted where Excel would quote the sheet's name. */
function reference(stated: OfficialFigure): string {
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
    const found = basicPartsOf(tables);
    if (!found) return;
    const { personnel, operating } = found;
    const parts = [personnel, operating];
    for (const table of tables) {
      const basic = spendingOf(table)?.basic;
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
      const inUnit = (part: OfficialFigure): string =>
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
