import { REGISTRY_SHEET, type Mark } from '../core/port/marks';
import type { WorkbookPort } from '../core/port/WorkbookPort';
import type { WorkbookGrid } from '../core/model/grid';
import { SYNC_BUDGET_BYTES, type ExcelCapabilities, type ExcelRun } from './host';
import { withCommentCells } from './commentCells';
import { applyMarksIn, clearMarksIn } from './marks';
import { readFormulasIn } from './readFormulas';
import { readWorkbookGrid } from './readGrid';
import { readRegistry } from './registry';
import { writeSummaryIn } from './writeSummary';
import type { SummaryLayout } from '../core/summary/layout';

/**
 * The workbook port over office.js. Every operation is one `Excel.run` whose syncs are batched
 * under the payload budget, so the number of round trips depends on the workbook's size in
 * bytes, not on its rows or on the number of findings.
 */
export class ExcelPort implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    readonly capabilities: ExcelCapabilities,
    private readonly budget: number = SYNC_BUDGET_BYTES,
  ) {}

  readGrid(): Promise<WorkbookGrid> {
    return this.run((context) => readWorkbookGrid(context, this.capabilities, this.budget));
  }

  /** Marked cells the last applyMarks could not give a note (threaded comments there). */
  withoutNote: readonly { readonly sheet: string; readonly cell: string }[] = [];

  async applyMarks(marks: readonly Mark[]): Promise<void> {
    const outcome = await this.run((context) =>
      applyMarksIn(context, this.capabilities, marks, this.budget),
    );
    this.withoutNote = outcome.withoutNote;
  }

  clearMarks(): Promise<void> {
    return this.run((context) => clearMarksIn(context, this.capabilities, this.budget));
  }

  writeSummary(layout: SummaryLayout): Promise<string> {
    const complete = withCommentCells(layout, this.withoutNote);
    return this.run((context) => writeSummaryIn(context, complete, this.budget));
  }

  readFormulas(
    cells: readonly { readonly sheet: string; readonly cell: string }[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, string>>> {
    return this.run((context) => readFormulasIn(context, cells));
  }

  productSheets(): Promise<readonly string[]> {
    return this.run(async (context) => {
      const registry = await readRegistry(context, this.budget);
      return [REGISTRY_SHEET, ...registry.state.sheets];
    });
  }
}
