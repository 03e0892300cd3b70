import { toA1 } from '../model/address';
import { defineRule } from './rule';

export default defineRule<'assumed'>({
  meta: {
    name: 'unit-assumed',
    severity: 'info',
    description: "No unit was stated for a sheet's amounts; 元 was assumed.",
    messages: {
      'zh-CN': {
        assumed:
          '工作表「{sheet}」未注明金额单位（如「单位：万元」或「金额（元）」），已按元计算。',
      },
      'en-US': {
        assumed:
          'Sheet "{sheet}" states no unit for its amounts (such as "单位：万元" or "金额（元）"); yuan was assumed.',
      },
    },
  },
  check(context) {
    for (const sheet of context.workbook.tables) {
      if (sheet.headerRow === undefined) continue;
      const assumed = sheet.columns.find((column) => column.unitSource === 'assumed');
      if (!assumed) continue;
      context.report({
        messageId: 'assumed',
        sheet,
        cell: toA1(sheet.headerRow, assumed.col),
        unit: '元',
      });
    }
  },
});
