import type { Severity } from '../../core/model/finding';
import type { FailureKind } from '../failure';
import type { Phase } from '../host';

/** Every string the pane shows; zh-CN.ts and en-US.ts are typed by this one shape. */
export interface Messages {
  readonly title: string;
  readonly reconcile: string;
  readonly phases: Readonly<Record<Phase, string>>;
  readonly clear: string;
  readonly cleared: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly summary: (counts: Readonly<Record<Severity, number>>) => string;
  readonly noFindings: string;
  readonly emptyTitle: string;
  readonly emptyBody: string;
  readonly cannotReconcile: string;
  readonly unexpectedError: string;
  /** Per kind of failure: a title and what to do next (never the raw office.js text). */
  readonly failures: Readonly<
    Record<FailureKind, { readonly title: string; readonly next: string }>
  >;
  readonly errorCode: (code: string) => string;
  readonly clearHint: string;
  readonly written: (marked: number, notes: number) => string;
  readonly openSummary: (sheet: string) => string;
  readonly groupCount: (count: number) => string;
  readonly systematic: (count: number, difference: string) => string;
  /** How the keyboard works in the findings list (shown under it, and its description). */
  readonly listKeys: string;
  readonly findingsLabel: string;
  readonly headerText: (text: string) => string;
  readonly notAHeader: string;
  readonly rerunNote: string;
  readonly protectedSheets: (names: string) => string;
  readonly withoutNote: (cells: string) => string;
  readonly notesUnsupported: string;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly settings: string;
  readonly strict: string;
  readonly strictHint: string;
  readonly language: string;
  readonly overrides: string;
  readonly overridesHint: string;
  readonly role: string;
  readonly useSelection: string;
  readonly removeOverride: (role: string, sheet: string, cell: string) => string;
  readonly noOverrides: string;
  readonly lastRun: (counts: Readonly<Record<Severity, number>>) => string;
  readonly lastRunFailed: (reason: string) => string;
}
