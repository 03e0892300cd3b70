import { toA1 } from '../core/model/address';
import { parseArea } from './addresses';
import { cellKeyOf } from './cellStates';

/**
 * A sheet the marks would touch is protected: Excel refuses every format and note change
 * there, so nothing is written anywhere (no half-marked workbook) and the user is told which.
 */
export class ProtectedSheetError extends Error {
  override readonly name = 'ProtectedSheetError';
  constructor(readonly sheets: readonly string[]) {
    super(sheets.join(', '));
  }
}

/**
 * Before writing: every sheet to be changed is checked for protection (a protected one throws,
 * naming it, before anything is written), and, where asked, the cells holding a threaded
 * comment (ExcelApi 1.10) — Excel refuses a note there, so those keep the highlight and their
 * explanation goes to the pane. One sync, a second only when there are comments.
 */
export async function checkBeforeWriting(
  context: Excel.RequestContext,
  touched: Iterable<string>,
  commentSheets: Iterable<string>,
  /** Queues further loads the caller reads after this check (they share its sync). */
  preload?: () => void,
): Promise<Set<string>> {
  const names = [...new Set(touched)];
  const sheets = context.workbook.worksheets;
  const protections = names.map((name) => sheets.getItem(name).protection.load('protected'));
  const withComments = [...new Set(commentSheets)];
  const collections = withComments.map((name) => sheets.getItem(name).comments.load('items'));
  if (names.length === 0 && withComments.length === 0 && !preload) return new Set();
  preload?.();
  await context.sync();
  const locked = names.filter((_, i) => protections[i].protected);
  if (locked.length > 0) throw new ProtectedSheetError(locked);
  const locations = collections.flatMap((comments, i) =>
    comments.items.map((comment) => ({
      sheet: withComments[i],
      range: comment.getLocation().load('address'),
    })),
  );
  if (locations.length === 0) return new Set();
  await context.sync();
  return new Set(
    locations.map(({ sheet, range }) => {
      const { range: box } = parseArea(range.address);
      return cellKeyOf({ sheet, cell: toA1(box.top, box.left) });
    }),
  );
}
