import type { Amount } from '../money/fen';
import type { Finding } from '../model/finding';

import type { CellRef, CheckRow } from '../model/check';
import type { OfficialSentence } from './messages/types';

export type { CellRef, CheckMeasure, CheckRow, CheckStatus } from '../model/check';

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
 * Everything the summary says, gathered from the workbook model, the projects and the findings.
 * Pure data: the narrative and the sheet layout are built from it.
 */
export interface SummaryInput {
  /** The year the workbook is about (from a title or sheet name), null when none is stated. */
  readonly year: string | null;
  readonly basic: BasicExpenditure | null;
  /** What the official tables state of the 一般公共预算财政拨款, when the workbook holds them. */
  readonly official: OfficialSentence | null;
  readonly projects: readonly ProjectFigures[];
  readonly checks: readonly CheckRow[];
  readonly findings: readonly Finding[];
  /** Row labels of figure cells, keyed `sheet!cell`, to name a finding's figure in prose. */
  readonly labels: ReadonlyMap<string, string>;
}
