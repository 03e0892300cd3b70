import type { Severity } from '../../core/model/finding';
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
  readonly notesUnsupported: string;
  readonly goToCell: (sheet: string, cell: string) => string;
  readonly expectedActual: (expected: string, actual: string, unit: string) => string;
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
