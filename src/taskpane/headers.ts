import { overrideCells, type RoleOverrides } from '../core/detect/overrides';
import { parseA1 } from '../core/model/address';
import type { WorkbookGrid } from '../core/model/grid';

/** A header names a column: text that is not a figure. An empty or numeric cell is not one. */
export function looksLikeHeader(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && !/^[-+]?[\d,]*\.?\d+%?$/.test(trimmed);
}

/** The text of every pinned header cell found in the grid last read, by `sheet!cell`. */
export function headerTextsOf(
  grid: WorkbookGrid | undefined,
  overrides: Readonly<Record<string, RoleOverrides>>,
): Record<string, string> {
  const texts: Record<string, string> = {};
  if (!grid) return texts;
  for (const [sheetName, roles] of Object.entries(overrides)) {
    const sheet = grid.sheets.find((candidate) => candidate.name === sheetName);
    if (!sheet) continue;
    for (const { cell } of overrideCells(roles)) {
      const { row, col } = parseA1(cell);
      const value = sheet.rows[row]?.[col];
      if (typeof value === 'string' || typeof value === 'number') {
        texts[`${sheetName}!${cell}`] = String(value);
      }
    }
  }
  return texts;
}
