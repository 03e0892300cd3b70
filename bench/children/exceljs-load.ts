/** Child: ExcelJS full load (`workbook.xlsx.load`). */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

void (async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(process.argv[2]) as unknown as ExcelJS.Buffer);
  const rows = workbook.worksheets.reduce((n, sheet) => n + sheet.actualRowCount, 0);
  process.stdout.write(JSON.stringify({ rows, maxRSS: process.resourceUsage().maxRSS }));
})();
