#!/usr/bin/env node
'use strict';
// The command line is compiled to lib/ by `npm run build:cli` (run by `npm ci` through `prepare`).
// Writing a workbook (ExcelJS) allocates many short-lived cell objects; a larger young
// generation makes the scavenger run far less often (about 15 % of `--out` time on 200 000
// rows, bench/RESULTS.md). Report-only runs keep the default, which keeps their memory low.
if (process.argv.includes('--out') || process.argv[2] === 'clear') {
  require('node:v8').setFlagsFromString('--max-semi-space-size=32');
}
let main;
try {
  main = require('../lib/cli/main.js');
} catch {
  process.stderr.write(
    'budget-reconcile: not built yet; run `npm ci` (or `npm run build:cli`) first\n',
  );
  process.exit(2);
}
// Once the run has its exit code, the process ends: a branch still running (ExcelJS loading
// while the reader on a worker thread already failed, other worker threads) stops with it.
// Output is flushed first; temporary files were removed before run() returned.
main.removeTemporaryFilesOnSignals();
main.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
});
