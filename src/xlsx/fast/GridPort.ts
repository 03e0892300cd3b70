import { CannotReconcileError } from '../../core/errors';
import type { WorkbookGrid } from '../../core/model/grid';
import { REGISTRY_SHEET, type Mark } from '../../core/port/marks';
import { decodeRegistry } from '../../core/port/registry';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import { sheetNameFor, type SummaryLayout } from '../../core/summary/layout';
import { readWorkbookGrid, ReadLimitError, type InflateRaw } from './index';
import { NotAWorkbookError, ZipParts } from './zip';
import { isCompoundFile } from '../compoundFile';
import { readLegacyWorkbookGrid } from '../legacy';
import { nodeInflateRaw } from './nodeInflate';

/**
 * A read-only workbook port over a grid from the fast reader, for runs that only report
 * (`--json` without `--out`, folder summaries): nothing is written back, so the marks and the
 * summary the reconciliation asks for are only kept in `marks` and `summary`. Reads exactly what XlsxPort reads,
 * including the product's own sheets from the marks registry.
 */
export class GridPort implements WorkbookPort {
  marks: readonly Mark[] = [];
  /** The summary the reconciliation asked for, and the sheet name XlsxPort would give it. */
  summary: { readonly layout: SummaryLayout; readonly sheetName: string } | undefined;

  constructor(readonly grid: WorkbookGrid) {}

  async readGrid(): Promise<WorkbookGrid> {
    return this.grid;
  }

  async productSheets(): Promise<readonly string[]> {
    const registry = this.grid.sheets.find((sheet) => sheet.name === REGISTRY_SHEET);
    return [REGISTRY_SHEET, ...(registry ? decodeRegistry(registry.rows).sheets : [])];
  }

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    this.marks = marks;
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
    this.summary = undefined;
  }

  async writeSummary(layout: SummaryLayout): Promise<string> {
    // As XlsxPort: the product's earlier sheets give way, a user's sheet keeps its name.
    const ours = new Set(await this.productSheets());
    const existing = this.grid.sheets.map((sheet) => sheet.name).filter((name) => !ours.has(name));
    const sheetName = sheetNameFor(layout.sheetName, existing, []);
    this.summary = { layout, sheetName };
    return sheetName;
  }
}

/**
 * Reads a workbook file's bytes with the fast reader (node:zlib inflating, unless the caller —
 * the web page's worker — brings its own inflater) into a GridPort. Errors read like
 * `loadWorkbook`'s in ../file.ts: one line naming the file.
 *
 * @throws CannotReconcileError when the bytes are not a readable workbook or have no sheets
 */
export function openGridPort(
  file: string,
  bytes: Uint8Array,
  inflateRaw: InflateRaw = nodeInflateRaw,
): GridPort {
  let grid: WorkbookGrid;
  try {
    grid = isCompoundFile(bytes)
      ? readLegacyWorkbookGrid(bytes)
      : readWorkbookGrid(bytes, { inflateRaw });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new CannotReconcileError(
      message.startsWith('not an .xlsx workbook') || error instanceof ReadLimitError
        ? `${file}: ${message}`
        : `${file}: not a readable .xlsx workbook (${message})`,
    );
  }
  if (!grid.sheets.length) throw new CannotReconcileError(`${file}: the workbook has no sheets`);
  return new GridPort(grid);
}

/**
 * Refuses a package whose zip entries declare a part or a total over the read limits, before
 * any reader inflates a byte (a second reader of the same bytes, such as ExcelJS for `--out`,
 * has no limits of its own). A part whose declared size lies is caught while it is inflated.
 *
 * @throws CannotReconcileError naming the file, the part and the limit
 */
export function checkPackageLimits(file: string, bytes: Uint8Array): void {
  if (isCompoundFile(bytes)) return; // not a zip: nothing is inflated
  try {
    new ZipParts(bytes).checkDeclaredSizes();
  } catch (error) {
    if (error instanceof ReadLimitError || error instanceof NotAWorkbookError) {
      throw new CannotReconcileError(`${file}: ${error.message}`);
    }
    throw error;
  }
}
