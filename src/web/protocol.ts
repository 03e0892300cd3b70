/**
 * The messages between the page and its worker. The worker holds each file's bytes and grid;
 * the page holds only what it shows: the report, the narrative, the checks, and windows of rows
 * it asks for while the sheet view scrolls.
 */
import type { JsonReport } from '../core/findings/report';
import type { Language } from '../core/model/finding';
import type { CheckStatus } from '../core/summary/types';

/** What a run is doing, shown as the progress line. */
export type Phase = 'reading' | 'checking' | 'writing';

export interface RunOptions {
  readonly language: Language;
  readonly strict: boolean;
  /** Today's date (`YYYY-MM-DD`): the core never reads the clock. */
  readonly today: string;
}

/** One row of the reconciliation table, as text (decimal strings in the stated unit). */
export interface CheckView {
  readonly label: string;
  readonly measure: string;
  readonly sheet: string;
  readonly cell: string;
  readonly unit: string;
  readonly stated: string;
  readonly recomputed: string;
  readonly difference: string;
  readonly status: CheckStatus;
}

export interface SheetSize {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
}

/** Whether the annotated workbook can be written, and if not, why (one line for the user). */
export type AnnotateAvailability =
  { readonly available: true } | { readonly available: false; readonly reason: 'no-patcher' };

/** Everything the page shows about one reconciled file. */
export interface FileReport {
  readonly report: JsonReport;
  /** Exactly what `budget-reconcile --json` writes for the same file and options. */
  readonly json: string;
  readonly narrative: readonly string[];
  /** How each sheet was read, as `budget-reconcile explain` prints it. */
  readonly explain: string;
  readonly checks: readonly CheckView[];
  /** Agreeing checks not listed (a roster can have thousands). */
  readonly checksOmitted: number;
  readonly sheets: readonly SheetSize[];
  readonly annotate: AnnotateAvailability;
  /** The file already carries the product's marks (it was annotated before): Clear applies. */
  readonly annotated: boolean;
  /**
   * An .xls / .et: it was reconciled as the new .xlsx its values make, which is also the annotated
   * copy (formulas as values; styles, notes, charts and macros not carried over), as the command
   * line's `--out` does.
   */
  readonly fromLegacy: boolean;
}

export type Request =
  | {
      readonly kind: 'open';
      readonly id: number;
      readonly fileId: number;
      readonly name: string;
      readonly bytes: ArrayBuffer;
      readonly options: RunOptions;
    }
  | {
      readonly kind: 'rerun';
      readonly id: number;
      readonly fileId: number;
      readonly options: RunOptions;
    }
  | {
      readonly kind: 'window';
      readonly id: number;
      readonly fileId: number;
      readonly sheet: string;
      readonly top: number;
      readonly count: number;
    }
  | { readonly kind: 'annotate'; readonly id: number; readonly fileId: number }
  | { readonly kind: 'clear'; readonly id: number; readonly fileId: number }
  | { readonly kind: 'forget'; readonly id: number; readonly fileId: number };

/** A window of a sheet: each row's cells as the text they hold (the user's own, unmasked). */
export interface RowsWindow {
  readonly top: number;
  readonly rows: readonly (readonly string[])[];
}

/** A workbook the worker wrote, to be offered as a download. */
export interface WrittenWorkbook {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

export type Answer =
  | { readonly kind: 'report'; readonly report: FileReport }
  | { readonly kind: 'window'; readonly window: RowsWindow }
  | { readonly kind: 'workbook'; readonly workbook: WrittenWorkbook }
  | { readonly kind: 'none' };

export type Reply =
  | { readonly kind: 'progress'; readonly id: number; readonly phase: Phase }
  | { readonly kind: 'done'; readonly id: number; readonly answer: Answer }
  | {
      readonly kind: 'failed';
      readonly id: number;
      readonly reason: string;
      /** A file that cannot be reconciled (expected), as opposed to a bug. */
      readonly expected: boolean;
    };
