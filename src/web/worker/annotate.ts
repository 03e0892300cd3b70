/**
 * The one place the page writes a workbook: the annotated copy and Clear, through the package
 * patcher (src/xlsx/patch, platform-neutral: fflate in the worker), so that nothing of the
 * user's package is lost — the same code as the command line's `--out` and `clear`.
 */
import type { Language } from '../../core/model/finding';
import type { Mark } from '../../core/port/marks';
import type { SummaryLayout } from '../../core/summary/layout/types';
import * as patcher from '../../xlsx/patch';
import type { AnnotateAvailability } from '../protocol';

export interface AnnotateInput {
  readonly bytes: Uint8Array;
  readonly marks: readonly Mark[];
  readonly summary: SummaryLayout;
  readonly language: Language;
}

/** Thrown when the page cannot write the workbook; its message is shown as one line. */
export class NotAvailableError extends Error {
  override readonly name = 'NotAvailableError';
}

export function annotateAvailability(): AnnotateAvailability {
  return { available: true };
}

/** The user's package with the marks, notes and summary sheet added. */
export function annotatePackage(input: AnnotateInput): Uint8Array {
  return patcher.annotatePackage(input.bytes, { marks: input.marks, summary: input.summary }).bytes;
}

/**
 * The user's package with the product's marks and sheets removed, each cell restored. Without a
 * registry nothing can be restored exactly: the page says which cells still carry notes.
 */
export function clearPackage(bytes: Uint8Array): Uint8Array {
  const cleared = patcher.clearPackage(bytes);
  if (cleared.unrestorable.length) {
    throw new NotAvailableError(
      `no record of the marks in this workbook; cells still carrying its notes: ${cleared.unrestorable.slice(0, 10).join(', ')}`,
    );
  }
  return cleared.bytes;
}
