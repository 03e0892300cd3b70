/** Child: the fast reader alone (read file, build the WorkbookGrid); `--zlib` inflates with node:zlib. */
import { readFileSync } from 'node:fs';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { nodeInflateRaw } from '../../src/xlsx/fast/nodeInflate';

const zlib = process.argv.includes('--zlib');
const grid = readWorkbookGrid(
  readFileSync(process.argv[2]),
  zlib ? { inflateRaw: nodeInflateRaw } : {},
);
const rows = grid.sheets.reduce((n, sheet) => n + sheet.rows.length, 0);
process.stdout.write(JSON.stringify({ rows, maxRSS: process.resourceUsage().maxRSS }));
