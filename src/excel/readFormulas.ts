/** Cells asked for per sync: each is a small request; a budget table has a few hundred totals. */
const CELLS_PER_SYNC = 500;

/**
 * The formulas of the given cells (Excel shows calculated values; a total's formula is evidence
 * of what it was meant to cover). Cells without a formula are left out.
 */
export async function readFormulasIn(
  context: Excel.RequestContext,
  cells: readonly { readonly sheet: string; readonly cell: string }[],
): Promise<Map<string, Map<string, string>>> {
  const found = new Map<string, Map<string, string>>();
  for (let start = 0; start < cells.length; start += CELLS_PER_SYNC) {
    const chunk = cells.slice(start, start + CELLS_PER_SYNC).map((cell) => {
      const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.cell);
      range.load('formulas');
      return { ...cell, range };
    });
    await context.sync();
    for (const { sheet, cell, range } of chunk) {
      const formula: unknown = range.formulas[0]?.[0];
      if (typeof formula !== 'string' || !formula.startsWith('=')) continue;
      const own = found.get(sheet) ?? new Map<string, string>();
      own.set(cell, formula.slice(1));
      found.set(sheet, own);
    }
  }
  return found;
}
