import { parseA1 } from '../core/model/address';
import type { CellRange } from '../core/model/grid';

/** One area of an office.js address: its sheet (when qualified) and its rectangle. */
export interface AddressArea {
  readonly sheet: string | undefined;
  readonly range: CellRange;
}

/**
 * Splits an address list at the commas that separate areas, not at commas inside a quoted sheet
 * name: Excel quotes a sheet name holding anything but letters, digits and `_` in `'…'`, with
 * `''` for a quote, so `'Budget, 2022'!A1:B2, 'Budget, 2022'!D4` is two areas, not four.
 */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'")
      quoted = !quoted; // `''` inside a name toggles twice: still quoted.
    else if (ch === ',' && !quoted) {
      areas.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  areas.push(address.slice(start).trim());
  return areas.filter(Boolean);
}

/** `'My ''sheet'''!B4:C9` → sheet `My 'sheet'` and its rectangle; a bare `B4` has no sheet. */
export function parseArea(area: string): AddressArea {
  const bang = area.lastIndexOf('!');
  const rawSheet = bang < 0 ? undefined : area.slice(0, bang).trim();
  const sheet =
    rawSheet !== undefined && rawSheet.startsWith("'") && rawSheet.endsWith("'")
      ? rawSheet.slice(1, -1).replace(/''/g, "'")
      : rawSheet;
  const [start, end = start] = area.slice(bang + 1).split(':');
  const from = parseA1(start);
  const to = parseA1(end);
  const range = {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
  return { sheet, range };
}

/** Every rectangle of a `RangeAreas.address` (the merged areas of a sheet, for instance). */
export function parseAreas(address: string): CellRange[] {
  return splitAreas(address).map((area) => parseArea(area).range);
}
