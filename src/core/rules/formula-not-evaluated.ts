import { toA1 } from '../model/address';
import type { UnknownRead } from '../parse/amount';
import { forEachFigureCell } from './figureCells';
import { defineRule } from './rule';

type MessageId =
  'unsupportedFunction' | 'unsupported' | 'cycle' | 'unknownInput' | 'error' | 'noResult';

function messageOf(read: UnknownRead): MessageId {
  switch (read.reason) {
    case 'unsupported':
      return read.function ? 'unsupportedFunction' : 'unsupported';
    case 'cycle':
      return 'cycle';
    case 'unknown-input':
      return 'unknownInput';
    case 'error':
      return 'error';
    default:
      return 'noResult';
  }
}

/**
 * A formula saved without its result (a script wrote it) that the core could not evaluate: its
 * figure is unknown, so the totals over it were not checked. Only where the figure matters —
 * in a money or headcount column of a detected table. In Excel every formula has been
 * calculated, so the add-in never sees one of these.
 */
export default defineRule<MessageId>({
  meta: {
    name: 'formula-not-evaluated',
    severity: 'info',
    description:
      'A formula has no cached result and is not plain arithmetic: its figure is unknown, and the totals over it are not checked.',
    messages: {
      'zh-CN': {
        unsupportedFunction:
          '{column}列的公式没有保存计算结果，且使用了 {function} 函数（不是可直接核算的加减乘除），数值未知，相关合计未核对；请在 Excel 中打开并保存后再核对。',
        unsupported:
          '{column}列的公式没有保存计算结果，且不是可直接核算的加减乘除，数值未知，相关合计未核对；请在 Excel 中打开并保存后再核对。',
        cycle:
          '{column}列的公式没有保存计算结果，且存在循环引用（直接或间接引用了自身），数值未知，相关合计未核对。',
        unknownInput:
          '{column}列的公式没有保存计算结果，且引用了数值未知、文本或逻辑值的单元格，数值未知，相关合计未核对。',
        error:
          '{column}列的公式没有保存计算结果，计算结果为错误值（如除以零或引用了错误值），数值未知，相关合计未核对。',
        noResult:
          '{column}列的公式没有保存计算结果，数值未知，相关合计未核对；请在 Excel 中打开并保存后再核对。',
      },
      'en-US': {
        unsupportedFunction:
          'A formula in the {column} column was saved without its result and uses {function} (not plain arithmetic): its figure is unknown and the totals over it were not checked; open and save the workbook in Excel, then reconcile again.',
        unsupported:
          'A formula in the {column} column was saved without its result and is not plain arithmetic: its figure is unknown and the totals over it were not checked; open and save the workbook in Excel, then reconcile again.',
        cycle:
          'A formula in the {column} column was saved without its result and refers to itself, directly or through other cells (a circular reference): its figure is unknown and the totals over it were not checked.',
        unknownInput:
          'A formula in the {column} column was saved without its result and refers to a cell whose figure is unknown, text or a logical value: its figure is unknown and the totals over it were not checked.',
        error:
          'A formula in the {column} column was saved without its result and gives an error (such as a division by zero or an error it refers to): its figure is unknown and the totals over it were not checked.',
        noResult:
          'A formula in the {column} column was saved without its result: its figure is unknown and the totals over it were not checked; open and save the workbook in Excel, then reconcile again.',
      },
    },
  },
  check(context) {
    for (const sheet of context.workbook.tables) {
      forEachFigureCell(sheet, (row, column, read) => {
        if (read.kind !== 'unknown') return;
        context.report({
          messageId: messageOf(read),
          sheet,
          cell: toA1(row, column.col),
          unit: column.role === 'headcount' ? null : (column.unit?.zh ?? null),
          data: { column: column.header.trim(), function: read.function ?? '' },
        });
      });
    }
  },
});
