/** Child: the fast reader alone (read file, build the WorkbookGrid). */
import { readFileSync } from 'node:fs';
import { readWorkbookGrid } from '../../src/xlsx/fast';

const grid = readWorkbookGrid(readFileSync(process.argv[2]));
const cells = grid.sheets.reduce((n, sheet) => n + sheet.rows.length, 0);
process.stdout.write(JSON.stringify({ rows: cells, maxRSS: process.resourceUsage().maxRSS }));
