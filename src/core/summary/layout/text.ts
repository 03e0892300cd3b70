import type { CellRef } from '../types';

/**
 * Display width of a text in Excel character units: CJK and full-width characters take two,
 * others one. Used to estimate how many lines a wrapped cell needs.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Lines a text needs when wrapped in `width` character units (explicit newlines count). */
export function wrappedLines(text: string, width: number): number {
  // A little slack: fonts are proportional and words do not break mid-word in English.
  const usable = Math.max(1, Math.floor(width * 0.9));
  return text
    .split('\n')
    .reduce((lines, part) => lines + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}

/**
 * The A1 reference of a cell of this workbook, sheet name quoted (`'预算执行表'!D5`): the
 * target of an internal hyperlink (Excel `location`, office.js `documentReference`).
 */
export function internalLinkTarget(ref: CellRef): string {
  return `'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}`;
}

/**
 * The name for the summary sheet: `preferred` unless a sheet the product did not create holds
 * it, then `preferred (2)`, `(3)`, …. Sheet names compare case-insensitively, as Excel does.
 */
export function sheetNameFor(
  preferred: string,
  existing: readonly string[],
  productSheets: readonly string[],
): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const ours = new Set(productSheets.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? preferred : `${preferred} (${n})`;
    if (!taken.has(name.toLowerCase()) || ours.has(name.toLowerCase())) return name;
  }
}
