/** Severities serialise as these strings in the JSON report. */
export type Severity = 'error' | 'warning' | 'info';

/** The fixed rule names of the findings contract (DESIGN.md). */
export const RULE_NAMES = [
  'balance-mismatch',
  'budget-actual-mismatch',
  'cross-table-mismatch',
  'duplicate-recipient',
  'formula-not-evaluated',
  'funding-split-mismatch',
  'headcount-mismatch',
  'invalid-id',
  'not-a-number',
  'number-as-text',
  'over-budget',
  'per-capita-mismatch',
  'rate-mismatch',
  'total-mismatch',
  'unit-assumed',
  'unmatched-project',
  'unread-table',
] as const;

export type RuleName = (typeof RULE_NAMES)[number];

export type Language = 'zh-CN' | 'en-US';

/**
 * One finding, exactly the contract's fields. `cell` is the A1 address of the cell that states
 * the figure in question; `related` the A1 ranges it was recomputed from; `expected` (recomputed)
 * and `actual` (stated) are decimal strings in `unit`.
 */
export interface Finding {
  readonly rule: RuleName;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  readonly related: readonly string[];
  readonly expected: string | null;
  readonly actual: string | null;
  readonly unit: string | null;
  readonly message: string;
}
