import { rangeToA1, toA1 } from '../model/address';
import { defineRule } from './rule';

export default defineRule<'numbering'>({
  meta: {
    name: 'unread-table',
    severity: 'info',
    description:
      'A table whose structure could not be read with confidence: its totals were not checked.',
    messages: {
      'zh-CN': {
        numbering:
          '表格 {range} 的行次编号（如「1.」与「(1)」）既可理解为上下级，也可理解为并列，两种理解下核对结果不同，无法确定哪一行是合计，因此未核对该表的合计。请用「其中：」标明下级行，或设置科目编码。',
      },
      'en-US': {
        numbering:
          'The numbering of the lines of table {range} (such as "1." and "(1)") can be read as nesting or as a flat list, and the two readings find different errors; its totals were not checked. Mark the parts with 其中 or give the lines classification codes.',
      },
    },
  },
  check(context) {
    for (const table of context.workbook.tables) {
      if (!table.ambiguity) continue;
      context.report({
        messageId: table.ambiguity,
        sheet: table,
        cell: toA1(table.headerTop, table.range.left),
        data: { range: rangeToA1(table.range) },
      });
    }
  },
});
