import type { RuleName, Severity } from '../../model/finding';
import type { Unit } from '../../model/unit';
import type { CellRef, CheckStatus } from '../types';

/** A money figure ready for prose: its decimal string and unit. */
export interface Money {
  readonly value: string;
  readonly unit: Unit;
}

/** One project's sentence: budget received, executed, balance, execution rate. */
export interface ProjectSentence {
  readonly name: string;
  readonly year: string | null;
  readonly budget: Money | null;
  readonly actual: Money | null;
  /** budget − actual; negative when over budget. */
  readonly balance: Money | null;
  readonly overspent: boolean;
  /** Percentage without the sign, rounded half up (`100`, `96.67`), null when no budget. */
  readonly rate: string | null;
}

/** One disbursement line's sentence, amounts already in 元. */
export interface LineSentence {
  readonly project: string;
  readonly group: string;
  readonly headcount: number | null;
  readonly standard: string | null;
  readonly amount: string;
  /** amount ÷ headcount in 元, rounded half up to the fen, when no standard is stated. */
  readonly perCapita: string | null;
  readonly funding: readonly { readonly source: string; readonly amount: string }[];
}

/** A finding named in the closing sentence. */
export interface FindingMention {
  readonly rule: RuleName;
  readonly ref: CellRef;
  readonly label: string;
  readonly stated: Money | string | null;
  readonly recomputed: Money | string | null;
}

export interface ClosingSentence {
  /** The first errors and rounding differences, named; the counts say how many there are. */
  readonly errors: readonly FindingMention[];
  readonly roundings: readonly FindingMention[];
  readonly errorCount: number;
  readonly roundingCount: number;
  /** Other warnings (an unmatched project): counted, not listed. */
  readonly notices: number;
}

/**
 * Everything the summary writes in one language. zh-CN and en-US both implement this shape, so
 * a missing or misspelt entry does not compile.
 */
export interface SummaryMessages {
  readonly sheetName: string;
  readonly title: string;
  readonly counts: (errors: number, roundings: number, notices: number, infos: number) => string;
  readonly narrativeHeading: string;
  readonly tableHeading: string;
  readonly findingsHeading: string;
  readonly noFindings: string;
  /** A table or list was cut short: how many rows it left out. */
  readonly moreChecks: (omitted: number) => string;
  readonly moreFindings: (omitted: number) => string;
  readonly tableHeader: {
    readonly item: string;
    readonly unit: string;
    readonly stated: string;
    readonly recomputed: string;
    readonly difference: string;
    readonly status: string;
    readonly location: string;
  };
  readonly findingsHeader: {
    readonly location: string;
    readonly severity: string;
    readonly rule: string;
    readonly message: string;
  };
  readonly status: Readonly<Record<CheckStatus, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly measure: {
    readonly perCapita: string;
    readonly funding: string;
    readonly rule: (rule: RuleName) => string;
  };
  readonly countUnit: string;
  readonly unitName: (unit: Unit) => string;
  readonly location: (ref: CellRef) => string;
  readonly basic: (
    year: string | null,
    label: string,
    total: Money,
    parts: readonly { label: string; amount: Money }[],
  ) => string;
  /** The opening the official tables give (seed report, section 二). */
  readonly official: (sentence: OfficialSentence) => string;
  readonly project: (sentence: ProjectSentence) => string;
  readonly line: (sentence: LineSentence) => string;
  readonly closing: (sentence: ClosingSentence) => string;
}

/**
 * 一般公共预算财政拨款 income and spending as the official tables state them: the 收支总表's
 * income line, the 支出决算表's 合计 / 项目支出 / 基本支出, the 基本支出决算表's 人员经费 / 公用经费.
 * Any may be missing; figures are written as the report writes them (15万元, 141.1万元).
 */
export interface OfficialSentence {
  readonly year: string | null;
  readonly income: Money | null;
  readonly spending: Money | null;
  readonly project: Money | null;
  readonly basic: Money | null;
  readonly personnel: Money | null;
  readonly operating: Money | null;
}
