import type { Amount } from '../money/fen';
import type { Finding, RuleName } from '../model/finding';

/** Where a figure stands: the sheet and the A1 address of its cell. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** A figure as stated in a cell: integer fen, its shown decimals and unit, and its place. */
export interface StatedAmount extends Amount {
  readonly ref: CellRef;
}

/** 基本支出 and the lines it covers (人员经费, 公用经费), as executed. */
export interface BasicExpenditure {
  readonly label: string;
  readonly total: StatedAmount;
  readonly parts: readonly { readonly label: string; readonly amount: StatedAmount }[];
}

/** One part of a disbursement's funding split (区财政资金 100000 元). */
export interface FundingPart {
  readonly source: string;
  readonly amount: StatedAmount;
  /** Public money (区财政资金) as opposed to the unit's own (本级资金). */
  readonly fiscal: boolean;
}

/** One disbursement line: 困难职工, 568 人 × 300 元 = 170400 元, split by funding source. */
export interface PaymentLine {
  readonly group: string;
  readonly headcount: number | null;
  readonly standard: StatedAmount | null;
  readonly amount: StatedAmount;
  readonly funding: readonly FundingPart[];
}

/** One project: its budget line's figures and the disbursement lines booked to it. */
export interface ProjectFigures {
  readonly name: string;
  /** As the budget line states it (unit and shown decimals: 15 万元), null when none. */
  readonly budget: Amount | null;
  readonly actual: Amount | null;
  readonly lines: readonly PaymentLine[];
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

/**
 * Everything the summary says, gathered from the workbook model, the projects and the findings.
 * Pure data: the narrative and the sheet layout are built from it.
 */
export interface SummaryInput {
  /** The year the workbook is about (from a title or sheet name), null when none is stated. */
  readonly year: string | null;
  readonly basic: BasicExpenditure | null;
  readonly projects: readonly ProjectFigures[];
  readonly checks: readonly CheckRow[];
  readonly findings: readonly Finding[];
  /** Row labels of figure cells, keyed `sheet!cell`, to name a finding's figure in prose. */
  readonly labels: ReadonlyMap<string, string>;
}
