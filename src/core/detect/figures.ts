import { cellAt, numFmtAt, type SheetGrid } from '../model/grid';
import { YUAN } from '../model/unit';
import { readAmount, readCount, type AmountRead, type CountRead } from '../parse/amount';
import type { DetectedColumn } from './columns';

/**
 * Reads figures of one sheet on demand and remembers them, so that every rule sees the same
 * parse of a cell and no cell is parsed twice however many rules look at it.
 */
export class Figures {
  // Per column, an array by row: a roster's 200 000 reads without a hash table's overhead.
  private readonly amounts = new Map<number, AmountRead[]>();
  private readonly counts = new Map<number, CountRead[]>();

  constructor(private readonly sheet: SheetGrid) {}

  amount(row: number, column: DetectedColumn): AmountRead {
    let byRow = this.amounts.get(column.col);
    if (!byRow) this.amounts.set(column.col, (byRow = []));
    let read = byRow[row];
    if (!read) {
      read = readAmount(
        cellAt(this.sheet, row, column.col),
        numFmtAt(this.sheet, row, column.col),
        column.unit ?? YUAN,
      );
      byRow[row] = read;
    }
    return read;
  }

  count(row: number, column: DetectedColumn): CountRead {
    let byRow = this.counts.get(column.col);
    if (!byRow) this.counts.set(column.col, (byRow = []));
    let read = byRow[row];
    if (!read) {
      read = readCount(cellAt(this.sheet, row, column.col));
      byRow[row] = read;
    }
    return read;
  }
}
