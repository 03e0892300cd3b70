/**
 * The part of a worksheet after `</sheetData>` (small: merges, validations, page setup,
 * drawings), where the product adds or removes its `<legacyDrawing>`.
 */
import { R_NS } from './parts';
import { element, prefixOf, splice } from './xml';

/** CT_Worksheet children after legacyDrawing. */
const AFTER_LEGACY_DRAWING = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Byte offset just after the sheetData element (`</sheetData>` or `<sheetData/>`). */
export function sheetDataEndOffset(xml: Uint8Array): number {
  const close = lastIndexOfText(xml, 'sheetData>');
  if (close >= 0) return close + 'sheetData>'.length;
  const empty = lastIndexOfText(xml, 'sheetData/>');
  return empty >= 0 ? empty + 'sheetData/>'.length : xml.length;
}

function lastIndexOfText(xml: Uint8Array, text: string): number {
  const needle = encoder.encode(text);
  for (let at = xml.lastIndexOf(needle[0]); at >= 0; at = xml.lastIndexOf(needle[0], at - 1)) {
    let k = 1;
    while (k < needle.length && xml[at + k] === needle[k]) k++;
    if (k === needle.length) return at;
    if (at === 0) break;
  }
  return -1;
}

/**
 * The head (root start tag and everything up to sheetData) with the relationships namespace
 * declared, for a sheet that gets a `<legacyDrawing r:id>` and never declared it.
 */
export function headWithRelationshipNamespace(head: string): { head: string; r: string } {
  const r = prefixOf(head, R_NS);
  if (r !== undefined) return { head, r };
  const root = /<([\w.-]+:)?worksheet\b/.exec(head);
  if (!root) return { head, r: 'r:' };
  const at = root.index + root[0].length;
  return { head: splice(head, at, at, ` xmlns:r="${R_NS}"`), r: 'r:' };
}

/** The tail with a `<legacyDrawing>` added (prefix `p`, relationship prefix `r`) or removed. */
export function patchTail(
  tail: string,
  change: { add: string } | { remove: true },
  p: string,
  r: string,
): string {
  const existing = element(tail, 'legacyDrawing');
  if ('remove' in change) return existing ? splice(tail, existing.start, existing.end, '') : tail;
  const text = `<${p}legacyDrawing ${r}id="${change.add}"/>`;
  if (existing) return splice(tail, existing.start, existing.end, text);
  let at = tail.lastIndexOf('</');
  for (const local of AFTER_LEGACY_DRAWING) {
    const found = element(tail, local);
    if (found && found.start < at) at = found.start;
  }
  return splice(tail, at, at, text);
}

export { decoder as tailDecoder, encoder as tailEncoder };
