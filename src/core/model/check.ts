import type { Amount } from '../money/fen';
import type { RuleName } from './finding';

/** Where a figure stands: the sheet and the A1 address of its cell. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * What was recomputed: a column's total (its header), 人数 × 标准 on a line, a line's funding
 * split, or a figure a rule recomputed (budget against disbursements).
 */
export type CheckMeasure =
  | { readonly kind: 'column'; readonly header: string }
  | { readonly kind: 'perCapita' }
  | { readonly kind: 'funding' }
  | { readonly kind: 'rule'; readonly rule: RuleName };

export type CheckStatus = 'equal' | 'rounding' | 'mismatch';

/**
 * One row of the reconciliation table: a stated figure and its recomputation, as decimal strings
 * in the stated figure's unit (null unit: a count such as 人数).
 */
export interface CheckRow {
  /** The row's label as the workbook states it (基本支出, 困难职工). */
  readonly label: string;
  readonly measure: CheckMeasure;
  readonly ref: CellRef;
  readonly unit: Amount['unit'] | null;
  readonly decimals: number;
  readonly stated: string;
  readonly recomputed: string;
  readonly difference: string;
  readonly status: CheckStatus;
}
