import { toA1 } from '../model/address';
import { forEachFigureCell } from './figureCells';
import { defineRule } from './rule';

export default defineRule<'notANumber'>({
  meta: {
    name: 'not-a-number',
    severity: 'error',
    description: 'A figure in an amount or headcount column cannot be read as a number.',
    messages: {
      'zh-CN': { notANumber: '{column}列的「{actual}」无法识别为数字，未参与核对，请改为数值。' },
      'en-US': {
        notANumber:
          '"{actual}" in the {column} column cannot be read as a number and was left out of the checks; enter it as a number.',
      },
    },
  },
  check(context) {
    for (const sheet of context.workbook.tables) {
      forEachFigureCell(sheet, (row, column, read) => {
        if (read.kind !== 'invalid') return;
        context.report({
          messageId: 'notANumber',
          sheet,
          cell: toA1(row, column.col),
          actual: read.shown,
          unit: column.unit?.zh ?? null,
          data: { column: column.header.trim() },
        });
      });
    }
  },
});
