import type { Language } from '../../model/finding';
import type { CellRef } from '../types';

/**
 * The summary sheet as data, for every host: the ExcelJS writer (src/xlsx/summarySheet.ts) and
 * the office.js writer render exactly this, cell by cell, and nothing else.
 *
 * - Rows are written from row 1 down, cells from column A rightwards.
 * - A cell with `span` > 1 is merged with the cells to its right (the next cells of the row
 *   start after the span).
 * - Every text is a plain string value, never a formula, whatever it starts with (`=`, `+`,
 *   `-`, `@`): much of it comes from the user's cells.
 * - A number is a decimal string (exact, built from integer fen); the host writes it as a numeric
 *   cell with `format` as its number format.
 * - A link's target is a cell of this workbook; `internalLinkTarget()` gives the A1 reference
 *   (`'预算执行表'!D5`) for Excel's `documentReference` or a `location` hyperlink.
 */
export type LayoutCell =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly style?: CellStyle;
      readonly span?: number;
    }
  | {
      readonly kind: 'number';
      readonly value: string;
      readonly format: string;
      readonly style?: CellStyle;
      readonly span?: number;
    }
  | {
      readonly kind: 'link';
      readonly text: string;
      readonly target: CellRef;
      readonly style?: CellStyle;
      readonly span?: number;
    }
  | { readonly kind: 'empty'; readonly span?: number };

export interface LayoutRow {
  readonly cells: readonly LayoutCell[];
  /**
   * Text lines the row needs when its text wraps (estimated from the text and the spanned
   * column widths): the host sets the row height to `lines` × `LINE_HEIGHT_POINTS`.
   */
  readonly lines?: number;
}

/** Semantic styles; `STYLE_HINTS` says how each looks, so both hosts render them alike. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'tableHeader'
  | 'paragraph'
  | 'cell'
  | 'ok'
  | 'warning'
  | 'error'
  | 'info'
  | 'link';

export interface StyleHint {
  readonly bold?: boolean;
  /** Font size in points; the host's default when absent. */
  readonly size?: number;
  /** Font colour, RGB hex without #. */
  readonly color?: string;
  /** Solid fill, RGB hex without #. */
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly underline?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle';
  /** A thin border on all four sides. */
  readonly border?: boolean;
}

export interface SummaryLayout {
  readonly language: Language;
  /**
   * The name the sheet should have (对账摘要 / Reconciliation Summary). If a sheet the product
   * did not create holds that name, the host uses `对账摘要 (2)`, `(3)`, … (see `sheetNameFor`).
   */
  readonly sheetName: string;
  /** Column widths in Excel character units, from column A. */
  readonly columns: readonly number[];
  readonly rows: readonly LayoutRow[];
  /**
   * How the sheet prints (and exports to PDF): orientation, and the number of pages wide it is
   * fitted to (the height runs on). Optional for hosts that cannot set it.
   */
  readonly page?: {
    readonly orientation: 'portrait' | 'landscape';
    readonly fitToPagesWide: number;
  };
}
