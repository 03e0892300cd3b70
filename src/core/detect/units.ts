import { cellAt, columnCount, type SheetGrid } from '../model/grid';
import { MONEY_ROLES } from '../model/roles';
import { YUAN, type Unit } from '../model/unit';
import { unitInText, unitLine } from '../parse/unit';
import type { DetectedColumn } from './columns';
import type { HeaderCell } from './header';
import { isFiscalSource } from './columns';

export interface SheetUnit {
  readonly unit: Unit;
  readonly source: 'unit-line' | 'assumed';
  /** Where the unit line stands, 0-based. */
  readonly row?: number;
  readonly col?: number;
}

/** The unit line above the header (`单位：万元`), or a title that carries one. */
export function findSheetUnit(sheet: SheetGrid, headerRow: number): SheetUnit {
  const width = columnCount(sheet);
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < width; col++) {
      const value = cellAt(sheet, row, col);
      const unit = typeof value === 'string' ? unitLine(value) : undefined;
      if (unit) return { unit, source: 'unit-line', row, col };
    }
  }
  return { unit: YUAN, source: 'assumed' };
}

/** Gives each money column its unit: from its own header first, then the sheet's unit line. */
export function withUnits(cells: readonly HeaderCell[], sheetUnit: SheetUnit): DetectedColumn[] {
  return cells.map((cell) => {
    const base = { col: cell.col, role: cell.role, header: cell.text };
    if (!MONEY_ROLES.includes(cell.role)) return base;
    const own = unitInText(cell.text);
    const unit = own ?? sheetUnit.unit;
    const unitSource = own ? ('header' as const) : sheetUnit.source;
    const fiscal = cell.role === 'source' ? isFiscalSource(cell.text) : undefined;
    return fiscal === undefined
      ? { ...base, unit, unitSource }
      : { ...base, unit, unitSource, fiscal };
  });
}
