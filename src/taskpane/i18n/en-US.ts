import { groupThousands } from '../../core/money/format';
import type { Messages } from './messages';

/** A count as people read it: 3,000 cells. */
const count = (n: number) => groupThousands(String(n));
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

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
  failures: {
    'cannot-reconcile': {
      title: 'Cannot reconcile',
      next: 'Check that the workbook has a budget table or a payment roster with headers (such as 项目, 预算数, 执行数), or pin the headers under Settings → Column roles.',
    },
    protected: {
      title: 'A sheet is protected: nothing was marked',
      next: 'Unprotect it (Review → Unprotect Sheet), then click Reconcile again.',
    },
    editing: {
      title: 'Excel is editing a cell',
      next: 'Press Enter or Esc to finish editing the cell, then try again.',
    },
    'too-large': {
      title: 'The workbook is too large for this request',
      next: 'Close other workbooks and try again; if it still fails, use the command-line version.',
    },
    busy: { title: 'Excel is busy', next: 'Wait a moment, then try again.' },
    gone: {
      title: 'A sheet changed while reconciling',
      next: 'Do not delete or rename sheets during a run, then try again.',
    },
    unknown: {
      title: 'Something unexpected went wrong',
      next: 'Save the workbook, reopen it and try again; if it still fails, send the error code below to support.',
    },
  },
  errorCode: (code) => `Error code: ${code}`,
  clearHint:
    "Marks are written by the add-in and Excel's Undo (Ctrl+Z) cannot remove them: use Clear marks.",
  written: (marked, notes) =>
    notes > 0
      ? `Highlighted ${plural(marked, 'cell')} and added ${plural(notes, 'note')} saying why.`
      : `Highlighted ${plural(marked, 'cell')}.`,
  openSummary: (sheet) => `Open the summary sheet "${sheet}"`,
  groupCount: (n) => plural(n, 'finding'),
  systematic: (rows, difference) =>
    `The same difference, ${difference}, on ${count(rows)} rows: probably one systematic error`,
  listKeys:
    '↑ ↓ move, Home / End jump to the ends, → ← open or close a group, Enter goes to the cell.',
  findingsLabel: 'Findings',
  headerText: (text) => `header "${text}"`,
  notAHeader:
    'The selected cell does not look like a header (it is empty or a number): select the header cell.',
  protectedSheets: (names) => `Protected: ${names}`,
  withoutNote: (cells) =>
    `These cells hold a comment thread, so they are highlighted without a note; their explanation is in this pane: ${cells}`,
  rerunNote:
    'Checked again with the new settings on the data already read; the marks in the workbook change at the next run.',
  notesUnsupported:
    'This version of Excel cannot add cell notes: problems are highlighted, and explained in this pane.',
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
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
