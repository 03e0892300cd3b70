import type { CellRange } from '../../src/core/model/grid';
import { SimError } from './context';
import { cellKey, emptyCell, NO_FILL, type SimCell, type SimSheet } from './state';

/** Where a range proxy points once resolved: a sheet and a rectangle. */
export interface RangeRef {
  readonly sheet: SimSheet;
  readonly box: CellRange;
}

export function* cellsOf(box: CellRange): Generator<[number, number]> {
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) yield [r, c];
}

export function matrix<V>(ref: RangeRef, pick: (cell: SimCell) => V): V[][] {
  const rows: V[][] = [];
  for (let r = ref.box.top; r <= ref.box.bottom; r++) {
    const row: V[] = [];
    for (let c = ref.box.left; c <= ref.box.right; c++) {
      row.push(pick(ref.sheet.cells.get(cellKey(r, c)) ?? emptyCell()));
    }
    rows.push(row);
  }
  return rows;
}

/** Excel refuses changes to a protected sheet's cells (AccessDenied), before changing any. */
export function assertWritable(sheet: SimSheet): void {
  if (sheet.protected) {
    throw new SimError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
    );
  }
}

export function update(ref: RangeRef, change: (cell: SimCell, r: number, c: number) => void): void {
  assertWritable(ref.sheet);
  for (const [r, c] of cellsOf(ref.box)) {
    const key = cellKey(r, c);
    const cell = ref.sheet.cells.get(key) ?? emptyCell();
    change(cell, r - ref.box.top, c - ref.box.left);
    const empty =
      cell.value === '' &&
      cell.numberFormat === 'General' &&
      cell.fill === NO_FILL &&
      cell.style === undefined &&
      cell.hyperlink === undefined &&
      cell.formula === undefined;
    if (empty) ref.sheet.cells.delete(key);
    else ref.sheet.cells.set(key, cell);
  }
}
