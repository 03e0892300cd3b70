import type { WorkbookModel } from '../detect/workbook';
import type { TableModel } from '../detect/sheet';
import { toHalfWidth } from '../parse/text';

/** `2022年`, `2022年度`, `2022 年`: a year as Chinese titles state it. */
const YEAR_ZH = /(?<!\d)((?:19|20)\d{2})\s*年/;
/** `FY2022`, `2022 Budget`: a four-digit year standing alone. */
const YEAR_ALONE = /(?<![\d.\-/])((?:19|20)\d{2})(?![\d.\-/])/;

const ROLE_ORDER: Readonly<Record<TableModel['role'], number>> = {
  budget: 0,
  disbursement: 1,
  other: 2,
};

/** The texts that may name the year: title rows above the header, then the sheet name. */
function titleTexts(sheet: TableModel): string[] {
  const last = sheet.headerRow ?? Math.min(sheet.grid.rows.length, 5);
  const texts: string[] = [];
  for (let row = 0; row < last; row++) {
    for (const value of sheet.grid.rows[row] ?? []) {
      if (typeof value === 'string' && value.trim()) texts.push(toHalfWidth(value));
    }
  }
  texts.push(toHalfWidth(sheet.name));
  return texts;
}

/**
 * The year the workbook reports on, from a title (`2022年度…执行情况表`) or a sheet name, budget
 * sheets first. Never from the clock: undefined when the workbook does not say.
 */
export function findYear(model: WorkbookModel): string | undefined {
  const sheets = [...model.tables].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const texts = sheets.flatMap(titleTexts);
  for (const pattern of [YEAR_ZH, YEAR_ALONE]) {
    for (const text of texts) {
      const match = pattern.exec(text);
      if (match) return match[1];
    }
  }
  return undefined;
}
