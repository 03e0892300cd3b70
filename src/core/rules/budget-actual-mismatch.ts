import { bookingOf, type BookedCells } from '../detect/booking';
import type { TableModel } from '../detect/sheet';
import { ledgerOf } from '../detect/ledger';
import { unitLabel } from '../i18n/labels';
import { columnRuns } from '../model/address';
import { toA1 } from '../model/address';
import type { Language } from '../model/finding';
import type { Unit } from '../model/unit';
import { formatFen, groupThousands } from '../money/format';
import { compareFigure } from './compare';
import { refFrom } from './refs';
import { defineRule } from './rule';

type MessageId = 'mismatch' | 'rounding' | 'fiscalMismatch' | 'fiscalRounding' | 'yearUnknown';

/** A booked sum in the disbursements' own unit, as the report would write it: 149,000.00 元. */
function inOwnUnit(fen: number, unit: Unit, language: Language): string {
  return `${groupThousands(formatFen(fen, unit, 2))} ${unitLabel(unit, language)}`;
}

/** The booked cells as ranges, a run per sheet and column: '发放明细'!G4:G5. */
function partRanges(own: TableModel, parts: readonly BookedCells[]): string[] {
  const byColumn = new Map<string, { sheet: TableModel; col: number; rows: number[] }>();
  for (const { sheet, cells } of parts) {
    for (const cell of cells) {
      const key = `${sheet.name}\u0000${cell.col}`;
      const entry = byColumn.get(key) ?? { sheet, col: cell.col, rows: [] };
      entry.rows.push(cell.row);
      byColumn.set(key, entry);
    }
  }
  return [...byColumn.values()].flatMap(({ sheet, col, rows }) =>
    columnRuns(col, rows).map((run) => refFrom(own, sheet, run)),
  );
}

export default defineRule<MessageId>({
  meta: {
    name: 'budget-actual-mismatch',
    severity: 'error',
    description:
      "A budget line's executed amount differs from the disbursements booked to it (the fiscal part where funding is split).",
    messages: {
      'zh-CN': {
        mismatch:
          '「{label}」执行数列示 {actual} {unit}，但发放明细记入该项目的金额合计为 {booked}（折合 {expected} {unit}），相差 {difference} {unit}。',
        rounding:
          '「{label}」执行数列示 {actual} {unit}，发放明细记入该项目的金额合计为 {booked}（折合 {expected} {unit}），相差 {difference} {unit}，在尾差容许范围（±{tolerance} {unit}）内，属四舍五入尾差。',
        fiscalMismatch:
          '「{label}」执行数列示 {actual} {unit}，但发放明细中该项目的{sources}合计为 {booked}（折合 {expected} {unit}），相差 {difference} {unit}；执行数只与财政资金部分核对，本级资金等自有资金不计入。',
        yearUnknown:
          '「{label}」的发放明细未注明年度，而预算表列有 {years} 年度的执行数，无法确定应与哪一年核对，未核对执行数；请在发放明细的标题或工作表名中写明年度。',
        fiscalRounding:
          '「{label}」执行数列示 {actual} {unit}，发放明细中该项目的{sources}合计为 {booked}（折合 {expected} {unit}），相差 {difference} {unit}，在尾差容许范围（±{tolerance} {unit}）内，属四舍五入尾差；执行数只与财政资金部分核对，本级资金等自有资金不计入。',
      },
      'en-US': {
        mismatch:
          '"{label}" states an executed amount of {actual} {unit}, but the disbursements booked to it add up to {booked} ({expected} {unit}): a difference of {difference} {unit}.',
        rounding:
          '"{label}" states an executed amount of {actual} {unit}, and the disbursements booked to it add up to {booked} ({expected} {unit}): a difference of {difference} {unit}, within the rounding tolerance of ±{tolerance} {unit} (a rounding difference).',
        fiscalMismatch:
          '"{label}" states an executed amount of {actual} {unit}, but the fiscal part of its disbursements ({sources}) adds up to {booked} ({expected} {unit}): a difference of {difference} {unit}. The executed amount is compared with the fiscal part only; the unit\'s own money (本级资金) is left out.',
        yearUnknown:
          'The disbursements of "{label}" name no year, and the budget states executed amounts for {years}: they were not compared with either; name the year in the disbursement sheet\'s title or name.',
        fiscalRounding:
          '"{label}" states an executed amount of {actual} {unit}, and the fiscal part of its disbursements ({sources}) adds up to {booked} ({expected} {unit}): a difference of {difference} {unit}, within the rounding tolerance of ±{tolerance} {unit} (a rounding difference). The executed amount is compared with the fiscal part only.',
      },
    },
  },
  check(context) {
    const { strict, language } = context.options;
    for (const project of ledgerOf(context.workbook).projects) {
      if (project.budgetYears && project.firstNamed) {
        context.report({
          messageId: 'yearUnknown',
          sheet: project.firstNamed.sheet,
          cell: project.firstNamed.cell,
          severity: 'info',
          data: { label: project.name, years: project.budgetYears.join('、') },
        });
        continue;
      }
      const executed = project.budgetLine?.actual;
      if (!project.budgetLine || !executed) continue;
      const booking = bookingOf(project);
      if (!booking) continue;
      const stated = executed.amount;
      const parts = booking.parts.flatMap((part) => part.cells.map((cell) => cell.amount));
      const comparison = compareFigure(stated, parts, booking.fen, strict);
      if (!comparison) continue;
      const budgetSheet = project.budgetLine.sheet;
      const bookedUnit = parts[0]?.unit ?? stated.unit;
      const fiscal = booking.fiscalOnly;
      context.report({
        messageId: fiscal
          ? comparison.severity === 'warning'
            ? 'fiscalRounding'
            : 'fiscalMismatch'
          : comparison.severity === 'warning'
            ? 'rounding'
            : 'mismatch',
        sheet: budgetSheet,
        cell: toA1(executed.row, executed.col),
        related: partRanges(budgetSheet, booking.parts),
        expected: comparison.expected,
        actual: comparison.actual,
        unit: stated.unit.zh,
        severity: comparison.severity,
        data: {
          label: project.budgetLine.label,
          booked: inOwnUnit(booking.fen, bookedUnit, language),
          sources: booking.sources.join(language === 'zh-CN' ? '、' : ', '),
          difference: comparison.difference,
          tolerance: comparison.tolerance,
          unit: unitLabel(stated.unit, language),
        },
      });
    }
  },
});
