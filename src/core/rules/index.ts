import type { Rule } from './rule';
import balanceMismatch from './balance-mismatch';
import budgetActualMismatch from './budget-actual-mismatch';
import crossTableMismatch from './cross-table-mismatch';
import duplicateRecipient from './duplicate-recipient';
import formulaNotEvaluated from './formula-not-evaluated';
import fundingSplitMismatch from './funding-split-mismatch';
import headcountMismatch from './headcount-mismatch';
import invalidId from './invalid-id';
import notANumber from './not-a-number';
import numberAsText from './number-as-text';
import overBudget from './over-budget';
import perCapitaMismatch from './per-capita-mismatch';
import rateMismatch from './rate-mismatch';
import totalMismatch from './total-mismatch';
import unitAssumed from './unit-assumed';
import unmatchedProject from './unmatched-project';
import unreadTable from './unread-table';

export * from './rule';
export * from './engine';
export * from './compare';

/** Every rule, keyed by its contract name, in name order. */
export const RULES: readonly Rule[] = [
  balanceMismatch,
  budgetActualMismatch,
  crossTableMismatch,
  duplicateRecipient,
  formulaNotEvaluated,
  fundingSplitMismatch,
  headcountMismatch,
  invalidId,
  notANumber,
  numberAsText,
  overBudget,
  perCapitaMismatch,
  rateMismatch,
  totalMismatch,
  unitAssumed,
  unmatchedProject,
  unreadTable,
];
