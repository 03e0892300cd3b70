import { ledgerOf } from '../detect/ledger';
import { maskId } from '../findings/privacy';
import { toA1 } from '../model/address';
import { checkResidentId } from '../parse/residentId';
import { defineRule } from './rule';

type MessageId = 'format' | 'area' | 'birthDate' | 'checkDigit' | 'legacy' | 'storedAsNumber';

export default defineRule<MessageId>({
  meta: {
    name: 'invalid-id',
    severity: 'error',
    description:
      'A resident ID fails GB 11643-1999: length and characters, area code, birth date or check digit.',
    messages: {
      'zh-CN': {
        format:
          '身份证号 {actual} 格式不符：应为 18 位（前 17 位为数字，末位为数字或 X）；若以数值存储，请改为文本格式。',
        area: '身份证号 {actual} 的前 6 位不是有效的行政区划代码（首位应为 1–8）。',
        birthDate:
          '身份证号 {actual} 中的出生日期（第 7–14 位）不是有效日期，或早于 1900 年、晚于核对日期。',
        checkDigit: '身份证号 {actual} 校验码不符：按前 17 位计算末位应为 {expected}。',
        legacy: '身份证号 {actual} 为 15 位旧号码，建议更新为 18 位号码。',
        storedAsNumber:
          '身份证号 {actual} 以数值存储，Excel 只保留 15 位有效数字，末几位已丢失；请将该列设为文本格式后重新录入。',
      },
      'en-US': {
        format:
          'Resident ID {actual} is malformed: it should have 18 characters, 17 digits and a digit or X; if it is stored as a number, store it as text.',
        area: 'Resident ID {actual} does not start with a valid area code (first digit 1–8).',
        birthDate:
          'The birth date in resident ID {actual} (characters 7–14) is not a real date, or is before 1900 or after the reference date.',
        checkDigit:
          'Resident ID {actual} fails its check digit: the first 17 digits give {expected}.',
        legacy: 'Resident ID {actual} is a 15-digit legacy number; update it to the 18-digit one.',
        storedAsNumber:
          'Resident ID {actual} is stored as a number: Excel keeps 15 significant digits, so its last digits are lost; format the column as text and enter it again.',
      },
    },
  },
  check(context) {
    for (const roster of ledgerOf(context.workbook).rosters) {
      for (const entry of roster.entries) {
        if (!entry.id || entry.idCol === undefined) continue;
        if (entry.idIsNumber && entry.id.length > 15) {
          context.report({
            messageId: 'storedAsNumber',
            sheet: entry.sheet,
            cell: toA1(entry.row, entry.idCol),
            expected: null,
            actual: maskId(entry.id),
            unit: null,
          });
          continue;
        }
        const result = checkResidentId(entry.id, context.options.today);
        if (result.kind === 'valid') continue;
        context.report({
          messageId: result.kind,
          sheet: entry.sheet,
          cell: toA1(entry.row, entry.idCol),
          expected: result.kind === 'checkDigit' ? result.expected : null,
          // Never the ID itself: its birth date and sequence stay hidden (first 6 + last 4).
          actual: maskId(entry.id),
          unit: null,
          ...(result.kind === 'legacy' ? { severity: 'info' as const } : {}),
        });
      }
    }
  },
});
