import type { TableModel } from '../detect/sheet';

/** An A1 range on another sheet, quoted as Excel writes it: '困难职工名单'!C5. */
export function sheetRef(sheet: Pick<TableModel, 'name'>, a1: string): string {
  return `'${sheet.name.replace(/'/g, "''")}'!${a1}`;
}

/** A1 as is on the finding's own sheet, sheet-qualified elsewhere. */
export function refFrom(
  own: Pick<TableModel, 'name'>,
  sheet: Pick<TableModel, 'name'>,
  a1: string,
): string {
  return own.name === sheet.name ? a1 : sheetRef(sheet, a1);
}
