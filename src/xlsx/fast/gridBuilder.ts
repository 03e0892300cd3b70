/**
 * Collects one sheet's cells into the core's row arrays, then applies merges and fills gaps the
 * way `sheetGridOf` in ../exceljsGrid.ts leaves them: a row exists when it holds a cell with a
 * value or a cell covered by a merge; within a row, gaps are null; covered cells are dropped.
 * Absent rows and formats are holes, as in the ExcelJS adapter's arrays.
 */
import type { CellRange, CellValue, SheetGrid, SheetVisibility } from '../../core/model/grid';

type Row = (CellValue | undefined)[];
type Formats = (string | undefined)[];

export class GridBuilder {
  private readonly rows: (Row | undefined)[] = [];
  private readonly formats: (Formats | undefined)[] = [];
  private readonly formulas: (Formats | undefined)[] = [];

  /** A `<row>` element starts: a repeated row number replaces the earlier row, as in ExcelJS. */
  startRow(row: number): void {
    if (this.rows[row] !== undefined) this.rows[row] = undefined;
    if (this.formats[row] !== undefined) this.formats[row] = undefined;
    if (this.formulas[row] !== undefined) this.formulas[row] = undefined;
  }

  /** A formula's text, set after the cell's value (which clears an earlier cell's formula). */
  setFormula(row: number, col: number, formula: string): void {
    let formulas = this.formulas[row];
    if (formulas === undefined) formulas = this.formulas[row] = [];
    formulas[col] = formula;
  }

  set(row: number, col: number, value: CellValue, format: string | undefined): void {
    let values = this.rows[row];
    if (values === undefined) values = this.rows[row] = [];
    values[col] = value;
    if (format !== undefined) {
      let formats = this.formats[row];
      if (formats === undefined) formats = this.formats[row] = [];
      formats[col] = format;
    } else {
      const formats = this.formats[row];
      if (formats !== undefined && formats[col] !== undefined) formats[col] = undefined;
    }
    const formulas = this.formulas[row];
    if (formulas !== undefined && formulas[col] !== undefined) formulas[col] = undefined;
  }

  /** A cell without a value (style only) overwrote whatever the same column held. */
  clear(row: number, col: number): void {
    const values = this.rows[row];
    if (values !== undefined && values[col] !== undefined) values[col] = undefined;
    const formats = this.formats[row];
    if (formats !== undefined && formats[col] !== undefined) formats[col] = undefined;
    const formulas = this.formulas[row];
    if (formulas !== undefined && formulas[col] !== undefined) formulas[col] = undefined;
  }

  finish(name: string, visibility: SheetVisibility, merges: CellRange[]): SheetGrid {
    const coveredRows = new Set<number>();
    for (const merge of merges) this.applyMerge(merge, coveredRows);
    const rows: CellValue[][] = [];
    for (let r = 0; r < this.rows.length; r++) {
      const values = this.rows[r];
      if (values === undefined) continue;
      let last = values.length - 1;
      while (last >= 0 && values[last] === undefined) last--;
      if (last < 0 && !coveredRows.has(r)) continue;
      // A copy of exactly the row's width: arrays grown cell by cell keep spare capacity,
      // about a third of a 200 000-row grid's memory.
      const exact = values.slice(0, last + 1);
      for (let c = 0; c < last; c++) if (exact[c] === undefined) exact[c] = null;
      rows[r] = exact as CellValue[];
    }
    const numFmts = compact(this.formats);
    const formulas = compact(this.formulas);
    // Only a sheet holding formulas says so, as the ExcelJS adapter leaves it.
    return formulas.length
      ? { name, visibility, rows, numFmts, formulas, merges }
      : { name, visibility, rows, numFmts, merges };
  }

  private applyMerge(merge: CellRange, coveredRows: Set<number>): void {
    for (let r = merge.top; r <= merge.bottom; r++) {
      // Every row of the range but a one-column range's first holds a covered cell.
      if (r > merge.top || merge.right > merge.left) {
        coveredRows.add(r);
        if (this.rows[r] === undefined) this.rows[r] = [];
      }
      const from = r === merge.top ? merge.left + 1 : merge.left;
      const values = this.rows[r];
      if (values !== undefined) {
        const to = Math.min(merge.right, values.length - 1);
        for (let c = from; c <= to; c++) values[c] = undefined;
      }
      for (const sparse of [this.formats[r], this.formulas[r]]) {
        if (sparse === undefined) continue;
        const to = Math.min(merge.right, sparse.length - 1);
        for (let c = from; c <= to; c++) sparse[c] = undefined;
      }
    }
  }
}

/** Sparse rows without the rows and cells that were set and later cleared. */
function compact(sparse: readonly (Formats | undefined)[]): string[][] {
  const kept: string[][] = [];
  for (let r = 0; r < sparse.length; r++) {
    const cells = sparse[r];
    if (cells === undefined) continue;
    let row: string[] | undefined;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell !== undefined) (row ??= [])[c] = cell;
    }
    if (row) kept[r] = row;
  }
  return kept;
}
