import type { TableModel } from '../../detect/table';
import type { Relation } from '../../detect/totals';
import { sumRanges } from '../../formula';
import { columnRuns, toA1 } from '../../model/address';
import { formulaAt } from '../../model/grid';

/**
 * What a total's formula says about a wrong total: the lines of its column it sums, and those of
 * its parts it leaves out (`=SUM(D8:D8)` over D8:D12 leaves out D9:D12). Undefined when the total
 * has no SUM over its own column, or its SUM covers every part.
 */
export function skippedByFormula(
  table: TableModel,
  relation: Relation,
): { readonly covered: string; readonly skipped: string } | undefined {
  if (relation.direction !== 'column') return undefined;
  const { row, col } = relation.total;
  const formula = formulaAt(table.grid, row, col);
  const ranges = formula && sumRanges(formula, table.name);
  if (!ranges) return undefined;
  const own = ranges.filter(
    ({ sheet, range }) =>
      sheet.toLowerCase() === table.name.toLowerCase() && range.left <= col && range.right >= col,
  );
  if (!own.length || own.length !== ranges.length) return undefined;
  const skipped = relation.along.filter(
    (part) => !own.some(({ range }) => range.top <= part && range.bottom >= part),
  );
  if (!skipped.length) return undefined;
  return {
    // As the formula names it: `D8:D8`, not `D8`.
    covered: own
      .map(({ range }) => `${toA1(range.top, range.left)}:${toA1(range.bottom, range.right)}`)
      .join('、'),
    skipped: columnRuns(col, skipped).join('、'),
  };
}
