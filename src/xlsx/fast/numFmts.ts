/**
 * Number formats as ExcelJS reports them: built-in ids map to the codes of ExcelJS's own table
 * (`lib/xlsx/defaultnumformats.js`), and a format counts as a date by ExcelJS's `isDateFmt` test.
 */

const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function builtInNumFmt(id: number): string | undefined {
  return BUILT_IN[id];
}

/** ExcelJS's date test: after dropping `[...]` and `"..."`, any of y m d h M s b remains. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const stripped = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(stripped);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_DATE_MS = 8.64e15;

/**
 * What a date-formatted value becomes after ExcelJS turns it into a Date (`utils.excelToDate`,
 * whole milliseconds) and `excelSerial` turns that back into days: usually the same number.
 * `value` is coerced the way ExcelJS's arithmetic coerces it (a formula's cached text too).
 */
export function serialViaDate(
  value: number | string | boolean | object,
  date1904: boolean,
): number {
  const days = (value as number) - 25569 + (date1904 ? 1462 : 0);
  const ms = Math.round(days * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return NaN;
  return (ms + 0 - EXCEL_EPOCH_MS) / DAY_MS;
}
