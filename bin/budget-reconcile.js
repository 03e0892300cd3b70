#!/usr/bin/env node
'use strict';
// The command line is compiled to lib/ by `npm run build:cli` (run by `npm ci` through `prepare`).
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
