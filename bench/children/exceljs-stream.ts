/** Child: ExcelJS streaming reader, every row of every sheet visited. */
import ExcelJS from 'exceljs';

void (async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });
  let rows = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) if (row.values) rows++;
  }
  process.stdout.write(JSON.stringify({ rows, maxRSS: process.resourceUsage().maxRSS }));
})();
