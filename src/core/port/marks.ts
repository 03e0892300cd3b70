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

/**
 * A cell's fill as the product found it before marking, in a form both adapters can write back:
 * none, a solid colour, or an adapter-specific snapshot it alone restores exactly.
 */
export interface FillSnapshot {
  readonly kind: 'none' | 'solid' | 'other';
  /** RGB hex without #, for a solid fill. */
  readonly color?: string;
  /** The adapter's own serialisation of any other fill (pattern, gradient, theme colour). */
  readonly raw?: string;
}

/** One entry of the marks registry kept inside the workbook. */
export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  readonly previousFill: FillSnapshot;
  /** The note the cell had before (its text), or null. */
  readonly previousNote: string | null;
  /**
   * The adapter's own serialisation of that note when it carried more than text (formatting,
   * size): the adapter that wrote it restores the note from it exactly; another uses the text.
   */
  readonly previousNoteRaw?: string;
  /** The note the product wrote, to tell whether the user has since edited it. */
  readonly note: string;
}

/** Name of the very hidden sheet that holds the registry, one record per row as JSON. */
export const REGISTRY_SHEET = '_budget_reconciler_marks';
