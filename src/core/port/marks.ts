import type { Severity } from '../model/finding';

/**
 * A cell the product highlights, with the note it writes there. One mark per cell: several
 * findings on one cell share it, the most severe deciding the colour.
 */
export interface Mark {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly severity: Severity;
  readonly note: string;
}

/** Highlight colours, light enough to keep the figure readable (RGB hex, no #). */
export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFC7CE',
  warning: 'FFEB9C',
  info: 'DDEBF7',
};

/** Every note the product writes starts with one of these (zh-CN, en-US). */
export const NOTE_PREFIXES: readonly string[] = ['【对账】', '[Reconcile]'];

/**
 * The note a marked cell carries: the product's text alone, or below the user's own note,
 * which stays first and unchanged (Clear gives it back exactly).
 */
export function combinedNote(userNote: string | null, productNote: string): string {
  return userNote === null || userNote === '' ? productNote : `${userNote}\n${productNote}`;
}

/**
 * A cell's fill as the product found it before marking, in a form every front end can write
 * back: none, a solid colour, or another pattern fill (ExcelJS's pattern-fill JSON in `raw`).
 * `xml` is the fill's exact `<fill>` element when a package writer took the snapshot, for an
 * exact restore of theme colours, tints and gradients; the other front ends use `color`/`raw`.
 * A snapshot, not a style index: Excel and LibreOffice renumber styles when they save.
 */
export interface FillSnapshot {
  readonly kind: 'none' | 'solid' | 'other';
  /** RGB hex without #, for a solid fill. */
  readonly color?: string;
  /** The adapter's own serialisation of any other fill (pattern, gradient, theme colour). */
  readonly raw?: string;
  /** The `<fill>` element of xl/styles.xml, verbatim. */
  readonly xml?: string;
}

/**
 * Where the package patcher left a cell's style: the index it had and the index of the
 * product's marked style. When the file was not re-saved in between (the marked cell still
 * has `marked` and index `previous` still holds the `xf` element recorded), Clear puts the
 * index back as it was; otherwise it rebuilds the style from the fill snapshot.
 */
export interface StyleTrace {
  readonly previous: number;
  readonly marked: number;
  /** The `<xf>` element at `previous` when the cell was marked, verbatim. */
  readonly xf: string;
  /** The cell had no style attribute at all (style 0 by default). */
  readonly bare?: boolean;
}

/** One entry of the marks registry kept inside the workbook. */
export interface MarkRecord {
  /** The sheet's name when marked; `sheetKey` finds it again after a rename. */
  readonly sheet: string;
  /**
   * The value of the sheet's marker (a sheet-scoped hidden defined name, SHEET_MARKER_NAME),
   * when the front end could write one.
   */
  readonly sheetKey?: string;
  readonly cell: string;
  readonly previousFill: FillSnapshot;
  /** The note the cell had before (its text), or null. */
  readonly previousNote: string | null;
  /**
   * The adapter's own serialisation of that note when it carried more than text (formatting,
   * size): the adapter that wrote it restores the note from it exactly; another uses the text.
   */
  readonly previousNoteRaw?: string;
  /** The note the cell carries now, user's text included, to tell whether it was edited. */
  readonly note: string;
  /** Set by the package patcher only. */
  readonly style?: StyleTrace;
}

/** Name of the very hidden sheet that holds the registry, one record per row as JSON. */
export const REGISTRY_SHEET = '_budget_reconciler_marks';

/**
 * The sheet-scoped hidden defined name that marks a sheet the product wrote marks on; its value
 * is a quoted key (`"s1"`) that records name in `sheetKey`, so a renamed sheet is still found.
 */
export const SHEET_MARKER_NAME = '_BudgetReconciler_Sheet';
