import type { Messages } from './messages';
import { LEGACY_COPY_NOTICE } from '../../xlsx/legacyNotice';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const enUS: Messages = {
  title: 'Budget Reconciler',
  tagline:
    'Checks budget and disbursement sheets: recomputes totals, subtotals and per-capita amounts, and tells a rounding difference from a real error.',
  privacy: 'Your files are processed in this browser only; nothing is uploaded.',
  choose: 'Choose workbooks…',
  dropHint: 'or drop .xlsx / .xlsm / .xls / .et files here (several at once)',
  dropped: 'Files added',
  phases: { reading: 'Reading…', checking: 'Checking…', writing: 'Writing…' },
  queued: 'Waiting',
  cancel: 'Cancel',
  cancelled: 'Cancelled',
  files: 'Files',
  fileLine: (e, w) => `${plural(e, 'error')}, ${plural(w, 'warning')}`,
  notAWorkbook: 'not an .xlsx, .xlsm, .xls or .et workbook',
  unexpectedError: (reason) => `Reconciliation failed: ${reason}`,
  severity: { error: 'Errors', warning: 'Warnings', info: 'Information' },
  summary: (c) =>
    `Found ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'note')}.`,
  noFindings: 'Everything reconciles: totals and subtotals match their details.',
  findings: 'Findings',
  showMore: (shown, total) => `Showing ${shown} of ${total}: show more`,
  showInSheet: (sheet, cell) => `Show ${sheet}!${cell} in the sheet`,
  sheetView: 'Sheet',
  sheetViewHint:
    'Click a finding above to see its cell here (marked cells are filled; the figures it was recomputed from are outlined).',
  sheetLabel: (sheet, rows) => `${sheet} (${plural(rows, 'row')})`,
  sheetSelect: 'Sheet',
  narrative: 'Narrative',
  copy: 'Copy text',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it by hand',
  checks: 'Reconciliation table',
  explain: 'How each sheet was read (tables, headers, columns, totals)',
  checksOmitted: (n) => `${plural(n, 'more check')} agree and are not listed.`,
  checkHeader: {
    item: 'Item',
    unit: 'Unit',
    stated: 'Stated',
    recomputed: 'Recomputed',
    difference: 'Difference',
    status: 'Result',
    where: 'Cell',
  },
  status: { equal: 'agrees', rounding: 'rounding', mismatch: 'differs' },
  downloads: 'Downloads',
  downloadJson: 'Download the JSON report',
  makeAnnotated: 'Make the annotated workbook',
  downloadAnnotated: (name) => `Download ${name}`,
  clearMarks: 'Clear marks (make a cleared copy)',
  downloadCleared: (name) => `Download ${name}`,
  legacyCopy: (name) => `${name}: ${LEGACY_COPY_NOTICE['en-US']}.`,
  notYetAvailable:
    'The web page cannot write the annotated workbook yet (the package patcher has not landed); use the command line’s --out.',
  settings: 'Settings',
  strict: 'Strict mode',
  strictHint: 'Treat every difference, rounding included, as an error.',
  language: 'Language',
};
