import type { Rule } from './rule';
import notANumber from './not-a-number';
import numberAsText from './number-as-text';
import totalMismatch from './total-mismatch';
import unitAssumed from './unit-assumed';

export * from './rule';
export * from './engine';
export * from './compare';

/** Every rule, keyed by its contract name, in name order. */
export const RULES: readonly Rule[] = [notANumber, numberAsText, totalMismatch, unitAssumed];
