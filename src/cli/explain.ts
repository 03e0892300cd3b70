import { detectWorkbook } from '../core/detect';
import { formatTables } from '../core/findings/explain';
import { describeTable } from '../core/findings/tables';
import type { Language } from '../core/model/finding';
import { openGridPort } from '../xlsx/fast/GridPort';
import { readWorkbookBytes } from '../xlsx/file';
import { checkRegularFile } from './outputs';

/**
 * `budget-reconcile explain <workbook>`: how each sheet was read (tables, header rows, each
 * column's path, role, year and unit, every total and what it covers). Reads, never writes.
 */
export async function explainFile(file: string, language: Language): Promise<string> {
  await checkRegularFile(file);
  const port = openGridPort(file, await readWorkbookBytes(file));
  const [grid, productSheets] = await Promise.all([port.readGrid(), port.productSheets()]);
  const model = detectWorkbook(grid, { ignoreSheets: productSheets });
  const sheets = model.sheets.map((sheet) => ({
    name: sheet.name,
    tables: sheet.tables.map(describeTable),
  }));
  return formatTables(sheets, language);
}
