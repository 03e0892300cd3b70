/** Excel's limit on the characters a cell (or a note) holds. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * A text the product writes (message, note, summary cell), cut to Excel's cell limit with an
 * ellipsis: a cell quoting a long typed text must still fit. Never cuts a surrogate pair.
 * (The marks registry is not written through this: its long records are split, never cut.)
 */
export function capCellText(text: string, limit: number = CELL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
