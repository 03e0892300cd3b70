/**
 * The one place the page writes a workbook: the annotated copy and Clear, through the package
 * patcher (src/xlsx/patch, platform-neutral), so that nothing of the user's package is lost.
 * Until the patcher is on main, both say plainly that they are not available yet; the page shows
 * that reason in place of the download.
 */
import type { Language } from '../../core/model/finding';
import type { Mark } from '../../core/port/marks';
import type { SummaryLayout } from '../../core/summary/layout/types';
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
  return { available: false, reason: 'no-patcher' };
}

/** The user's package with the marks, notes and summary sheet added. */
export function annotatePackage(input: AnnotateInput): Uint8Array {
  void input;
  throw new NotAvailableError('the annotated workbook is not yet available in the web page');
}

/** The user's package with the product's marks and sheets removed, each cell restored. */
export function clearPackage(bytes: Uint8Array): Uint8Array {
  void bytes;
  throw new NotAvailableError('Clear is not yet available in the web page');
}
