/**
 * Decimals a number format shows: `0.00` → 2, `#,##0.0_);(#,##0.0)` → 1, `0` → 0.
 * Returns undefined for General (the value's own digits are shown then).
 */
export function shownDecimalsOfFormat(format: string | undefined): number | undefined {
  if (!format) return undefined;
  // A workbook has a handful of formats and a roster 200 000 cells in each: read each once.
  if (DECIMALS_OF_FORMAT.has(format)) return DECIMALS_OF_FORMAT.get(format);
  const decimals = decimalsOfFormat(format);
  if (DECIMALS_OF_FORMAT.size >= 4096) DECIMALS_OF_FORMAT.clear();
  DECIMALS_OF_FORMAT.set(format, decimals);
  return decimals;
}

const DECIMALS_OF_FORMAT = new Map<string, number | undefined>();

function decimalsOfFormat(format: string): number | undefined {
  if (/^general$/i.test(format.trim())) return undefined;
  const firstSection = format.split(';')[0];
  // Quoted text, escapes and [colour]/[condition] blocks hold no digit placeholders.
  const placeholders = firstSection.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  const point = placeholders.indexOf('.');
  if (point < 0) return 0;
  const decimals = /^[0#?]*/.exec(placeholders.slice(point + 1));
  return decimals ? decimals[0].length : 0;
}

/** True for a format that shows a percentage (the value is a ratio, not money). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}
