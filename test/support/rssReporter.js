'use strict';
// Preloaded into a command-line child by test/support/hostile.ts: on exit, the child writes its
// peak resident set size (process.resourceUsage().maxRSS, in KB) to the file it was given.
const fs = require('node:fs');
const target = process.env.BUDGET_RECONCILE_TEST_RSS_FILE;
if (target) {
  process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
