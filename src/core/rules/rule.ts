import type { TableModel } from '../detect/sheet';
import type { WorkbookModel } from '../detect/workbook';
import type { CheckRow } from '../model/check';
import type { Language, RuleName, Severity } from '../model/finding';

/** Options every rule may read. */
export interface RuleOptions {
  /** Treat every difference as an error, rounding included. */
  readonly strict: boolean;
  readonly language: Language;
  /**
   * The reference date (`YYYY-MM-DD`) a birth date must not be after. The core never reads the
   * clock: front ends pass today's date, tests a fixed one; absent, the future is not checked.
   */
  readonly today?: string;
}

/** Placeholders a message may use, besides the finding's own expected, actual and unit. */
export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule reports; the engine adds the sheet name, unit label and the message text. */
export interface Report<MessageId extends string> {
  readonly messageId: MessageId;
  readonly sheet: TableModel;
  readonly cell: string;
  readonly related?: readonly string[];
  readonly expected?: string | null;
  readonly actual?: string | null;
  readonly unit?: string | null;
  /** Overrides the rule's default severity (a rounding difference is a warning). */
  readonly severity?: Severity;
  readonly data?: MessageData;
}

export interface RuleContext<MessageId extends string> {
  readonly workbook: WorkbookModel;
  readonly options: RuleOptions;
  report(report: Report<MessageId>): void;
  /**
   * Records a comparison the rule made, agreeing or not: the reconciliation table is built from
   * these, so it and the findings come from one computation.
   */
  record(check: CheckRow): void;
}

/**
 * A rule declares itself (name, default severity, messages per language and id) and checks the
 * workbook through its context. Messages use `{placeholder}`s filled from `data` and from the
 * finding's `expected`, `actual` and `unit`.
 */
export interface Rule<MessageId extends string = string> {
  readonly meta: {
    readonly name: RuleName;
    readonly severity: Severity;
    readonly description: string;
    readonly messages: Readonly<Record<Language, Readonly<Record<MessageId, string>>>>;
  };
  check(context: RuleContext<MessageId>): void;
}

/** Types a rule by its message ids, so a misspelt id does not compile. */
export function defineRule<MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}
