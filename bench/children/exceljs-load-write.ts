/** Child: ExcelJS full load and write of the same file — the reference for `--out`. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

void (async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(process.argv[2]) as unknown as ExcelJS.Buffer);
  await workbook.xlsx.writeFile(`${process.argv[3]}.xlsx`);
  const rows = workbook.worksheets.reduce((n, sheet) => n + sheet.actualRowCount, 0);
  process.stdout.write(JSON.stringify({ rows, maxRSS: process.resourceUsage().maxRSS }));
})();
