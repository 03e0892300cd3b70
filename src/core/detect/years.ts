import { toHalfWidth } from '../parse/text';
import type { DetectedColumn } from './columns';
import type { TableModel } from './table';

/** `2022年`, `2022年度`: a year as a Chinese title states it. */
const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年/;

/** The year a text names, if it names one. */
export function yearOfText(text: string): number | undefined {
  const match = YEAR.exec(toHalfWidth(text));
  return match ? Number(match[1]) : undefined;
}

/** The one year the title rows above a table (or its sheet's name) name, if exactly one. */
export function yearOfTable(table: TableModel): number | undefined {
  const years = new Set<number>();
  const texts = [table.name];
  for (let row = 0; row < table.headerTop; row++) {
    for (const value of table.grid.rows[row] ?? [])
      if (typeof value === 'string') texts.push(value);
  }
  for (const text of texts) {
    const year = yearOfText(text);
    if (year) years.add(year);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** A column's year: its header's, else its table's title's. */
export function yearOfColumn(table: TableModel, column: DetectedColumn): number | undefined {
  return column.year ?? yearOfTable(table);
}
