import type { Messages } from './messages';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const enUS: Messages = {
  title: 'Budget Reconciler',
  reconcile: 'Reconcile',
  phases: {
    reading: 'Reading the workbook…',
    checking: 'Checking…',
    marking: 'Marking cells…',
    summarising: 'Writing the summary sheet…',
  },
  clear: 'Clear marks',
  cleared: 'All marks cleared; every cell is back as it was.',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Information' },
  summary: (c) =>
    `Found ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'note')}.`,
  noFindings: 'Everything reconciles: totals and subtotals match their details.',
  emptyTitle: 'Not reconciled yet',
  emptyBody: 'Click Reconcile to check the budget and disbursement sheets of this workbook.',
  cannotReconcile: 'Cannot reconcile',
  unexpectedError: 'Reconciliation failed',
  notesUnsupported:
    'This version of Excel cannot add cell notes: problems are highlighted, and explained in this pane.',
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  expectedActual: (expected, actual, unit) => `expected ${expected}, stated ${actual} (${unit})`,
  settings: 'Settings',
  strict: 'Strict mode',
  strictHint: 'Treat every difference, rounding included, as an error.',
  language: 'Language',
  overrides: 'Column roles',
  overridesHint: 'Select a header cell in the sheet, pick its role, then click Use selected cell.',
  role: 'Role',
  useSelection: 'Use selected cell',
  removeOverride: (role, sheet, cell) => `Remove ${role} at ${sheet}!${cell}`,
  noOverrides: 'None: roles are found from the headers.',
  lastRun: (c) =>
    `The ribbon's Reconcile last found ${plural(c.error, 'error')} and ${plural(c.warning, 'warning')}. Click Reconcile to list them.`,
  lastRunFailed: (reason) => `The ribbon's Reconcile could not finish: ${reason}`,
};
