import { toA1 } from '../model/address';
import { cellAt, cellText } from '../model/grid';
import { formatFen } from '../money/format';
import { forEachFigureCell } from './figureCells';
import { defineRule } from './rule';

export default defineRule<'amountText' | 'countText'>({
  meta: {
    name: 'number-as-text',
    severity: 'info',
    description:
      'A figure was read from text; it should be a numeric cell so that Excel formulas see it.',
    messages: {
      'zh-CN': {
        amountText:
          '{column}列的「{actual}」是文本，已按 {expected} {unit} 读取；建议改为数值单元格，以免公式漏算。',
        countText: '{column}列的「{actual}」是文本，已按 {expected} 读取；建议改为数值单元格。',
      },
      'en-US': {
        amountText:
          '"{actual}" in the {column} column is text, read as {expected} {unit}; make it a numeric cell so that formulas count it.',
        countText:
          '"{actual}" in the {column} column is text, read as {expected}; make it a numeric cell.',
      },
    },
  },
  check(context) {
    for (const sheet of context.workbook.tables) {
      forEachFigureCell(sheet, (row, column, read) => {
        if (!('fromText' in read) || !read.fromText) return;
        const shown = cellText(cellAt(sheet.grid, row, column.col));
        if (read.kind === 'amount') {
          context.report({
            messageId: 'amountText',
            sheet,
            cell: toA1(row, column.col),
            expected: formatFen(read.fen, read.unit, read.shownDecimals),
            actual: shown,
            unit: read.unit.zh,
            data: {
              column: column.header.trim(),
              unit: context.options.language === 'zh-CN' ? read.unit.zh : read.unit.en,
            },
          });
        } else if (read.kind === 'count') {
          context.report({
            messageId: 'countText',
            sheet,
            cell: toA1(row, column.col),
            expected: String(read.count),
            actual: shown,
            unit: null,
            data: { column: column.header.trim() },
          });
        }
      });
    }
  },
});
