import ExcelJS from 'exceljs';
import path from 'node:path';
import type { SheetGrid, WorkbookGrid } from '../../src/core/model/grid';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { exampleGrid } from '../excel-sim/exampleGrid';
import { plantedWorkbook } from '../support/plantedWorkbook';
import { rosterWorkbook } from '../support/rosterGrid';
import { buildWorkbook } from '../support/workbookSpec';

/**
 * Workbooks for the pane's screenshots: the planted district workbook, the seed's budget sheet
 * and three fixtures side by side (findings of ten rules), and a roster (3 000 rows unless asked) paid 310
 * instead of 300 on every row (one systematic error).
 */
export async function manyRulesGrid(): Promise<WorkbookGrid> {
  const sheets: SheetGrid[] = [
    ...workbookGridOf(buildWorkbook(plantedWorkbook().spec)).sheets,
    // The seed's sheet under its own name: the planted workbook has a 预算执行表 too.
    ...exampleGrid().sheets.map((sheet) => ({ ...sheet, name: '芦淞区预算执行表' })),
  ];
  for (const fixture of ['bad-cells', 'text-numbers', 'mixed-units']) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(__dirname, '..', 'fixtures', `${fixture}.xlsx`));
    for (const sheet of workbookGridOf(workbook).sheets) {
      sheets.push({ ...sheet, name: `${fixture} ${sheet.name}`.slice(0, 31) });
    }
  }
  return { sheets };
}

export const rosterGrid = (size = 3000): WorkbookGrid =>
  rosterWorkbook({ size, withLine: true, amountAt: () => 310 });
