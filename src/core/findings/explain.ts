import { roleLabel } from '../i18n/labels';
import type { Language } from '../model/finding';
import type { TableReport } from './tables';
import { maskIds } from './privacy';

const TEXT: Readonly<
  Record<
    Language,
    {
      readonly table: (index: number, range: string, rows: string) => string;
      readonly columns: string;
      readonly totals: string;
      readonly noTable: string;
      readonly year: (year: number) => string;
    }
  >
> = {
  'zh-CN': {
    table: (index, range, rows) => `  表 ${index}：${range}，表头第 ${rows} 行`,
    columns: '    列：',
    totals: '    合计关系：',
    noTable: '  未找到表格（表头中没有可识别的列名）',
    year: (year) => `${year}年`,
  },
  'en-US': {
    table: (index, range, rows) => `  Table ${index}: ${range}, header rows ${rows}`,
    columns: '    Columns:',
    totals: '    Totals:',
    noTable: '  no table found (no header names a known column)',
    year: (year) => `${year}`,
  },
};

/**
 * How each sheet was read, as text: its tables, each column's header path, role, year and
 * unit, and every stated total with what it covers — so an accountant can see why a figure was
 * or was not checked.
 */
export function formatTables(
  sheets: readonly { readonly name: string; readonly tables?: readonly TableReport[] }[],
  language: Language,
): string {
  const text = TEXT[language];
  const out: string[] = [];
  for (const sheet of sheets) {
    out.push(sheet.name);
    const tables = sheet.tables ?? [];
    if (!tables.length) out.push(text.noTable);
    tables.forEach((table, index) => {
      out.push(text.table(index + 1, table.range, table.headerRows), text.columns);
      for (const column of table.columns) {
        const details = [
          roleLabel(column.role, language),
          ...(column.year ? [text.year(column.year)] : []),
          ...(column.unit ? [column.unit] : []),
        ];
        out.push(
          `      ${column.cell.padEnd(5)} ${column.path.join(' › ')}  (${details.join(', ')})`,
        );
      }
      if (table.totals.length) out.push(text.totals);
      for (const total of table.totals) {
        out.push(`      ${total.cell} = ${total.covers.join(' + ')}`);
      }
    });
  }
  return maskIds(out.join('\n')) + '\n';
}
