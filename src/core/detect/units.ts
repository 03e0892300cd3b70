import { cellAt, columnCount, type SheetGrid } from '../model/grid';
import { YUAN, type Unit } from '../model/unit';
import { unitLine } from '../parse/unit';

export interface SheetUnit {
  readonly unit: Unit;
  readonly source: 'unit-line' | 'assumed';
  /** Where the unit line stands, 0-based. */
  readonly row?: number;
  readonly col?: number;
}

/**
 * The unit line above a table (`单位：万元`, `金额单位：万元`), or a title that carries one: the
 * nearest above the header since the table before it, else any above.
 */
export function findSheetUnit(sheet: SheetGrid, headerRow: number, floor = 0): SheetUnit {
  const width = columnCount(sheet);
  const search = (from: number, to: number): SheetUnit | undefined => {
    for (let row = to - 1; row >= from; row--) {
      for (let col = 0; col < width; col++) {
        const value = cellAt(sheet, row, col);
        const unit = typeof value === 'string' ? unitLine(value) : undefined;
        if (unit) return { unit, source: 'unit-line', row, col };
      }
    }
    return undefined;
  };
  return search(floor, headerRow) ?? search(0, floor) ?? { unit: YUAN, source: 'assumed' };
}
