import { columnWithRole, type TableModel } from '../detect/sheet';
import type { WorkbookModel } from '../detect/workbook';
import { statedAt } from './figures';
import type { BasicExpenditure } from './types';

const BASIC_KEYS = new Set(['基本支出', 'basicexpenditure']);

function basicOf(sheet: TableModel): BasicExpenditure | null {
  const labels = new Map(sheet.rows.map((row) => [row.row, row]));
  for (const aggregate of sheet.aggregates) {
    if (!BASIC_KEYS.has(labels.get(aggregate.row)?.key ?? '')) continue;
    // The executed figures are what the report states; the budget column when none is executed.
    for (const role of ['actual', 'budget'] as const) {
      const column = columnWithRole(sheet, role);
      const total = statedAt(sheet, aggregate.row, column);
      if (!total) continue;
      const parts = aggregate.children.flatMap((child) => {
        const amount = statedAt(sheet, child, column);
        return amount ? [{ label: labels.get(child)?.label ?? '', amount }] : [];
      });
      if (parts.length) return { label: aggregate.label, total, parts };
    }
  }
  return null;
}

/** 基本支出 and its parts (人员经费, 公用经费) from the first budget sheet that states them. */
export function findBasicExpenditure(model: WorkbookModel): BasicExpenditure | null {
  for (const sheet of model.tables) {
    if (sheet.role !== 'budget') continue;
    const basic = basicOf(sheet);
    if (basic) return basic;
  }
  return null;
}
