import type { Severity } from '../../core/model/finding';
import type { CheckStatus } from '../../core/summary/types';
import type { Phase } from '../protocol';

/** Every string the page shows; zh-CN.ts and en-US.ts are typed by this one shape. */
export interface Messages {
  readonly title: string;
  readonly tagline: string;
  readonly privacy: string;
  readonly choose: string;
  readonly dropHint: string;
  readonly dropped: string;
  readonly phases: Readonly<Record<Phase, string>>;
  readonly queued: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly files: string;
  readonly fileLine: (errors: number, warnings: number) => string;
  readonly notAWorkbook: string;
  readonly unexpectedError: (reason: string) => string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly summary: (counts: Readonly<Record<Severity, number>>) => string;
  readonly noFindings: string;
  readonly findings: string;
  readonly showMore: (shown: number, total: number) => string;
  readonly showInSheet: (sheet: string, cell: string) => string;
  readonly sheetView: string;
  readonly sheetViewHint: string;
  readonly sheetLabel: (sheet: string, rows: number) => string;
  readonly sheetSelect: string;
  readonly narrative: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly checks: string;
  readonly explain: string;
  readonly checksOmitted: (n: number) => string;
  readonly checkHeader: {
    readonly item: string;
    readonly unit: string;
    readonly stated: string;
    readonly recomputed: string;
    readonly difference: string;
    readonly status: string;
    readonly where: string;
  };
  readonly status: Readonly<Record<CheckStatus, string>>;
  readonly downloads: string;
  readonly downloadJson: string;
  readonly makeAnnotated: string;
  readonly downloadAnnotated: (name: string) => string;
  readonly clearMarks: string;
  readonly downloadCleared: (name: string) => string;
  /** Beside the annotated copy of an .xls / .et: it is a new .xlsx, and what it drops. */
  readonly legacyCopy: (name: string) => string;
  readonly notYetAvailable: string;
  readonly settings: string;
  readonly strict: string;
  readonly strictHint: string;
  readonly language: string;
}
