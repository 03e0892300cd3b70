/**
 * Full-width forms (Ａ-Ｚ, ０-９, ，．（）％ …) to their ASCII twins, and the ideographic space to
 * a plain one, so that header and number matching sees one spelling.
 */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e\u3000]/g;

export function toHalfWidth(text: string): string {
  // Most labels have no full-width form: the same string back, no copy.
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const SPACE = /\s/;
const SPACES = /\s+/g;
/**
 * Text that lower-casing could change: anything but ASCII other than A-Z, CJK punctuation and
 * CJK ideographs (which have no case), so the usual label is passed through without a copy.
 */
const MAY_HAVE_CASE = /[^\0-@[-\u007f\u3000-\u303f\u4e00-\u9fff]/;

/** Half-width, without white space, lower case: the form headers and labels are compared in. */
export function normaliseLabel(text: string): string {
  const half = toHalfWidth(text);
  const compact = SPACE.test(half) ? half.replace(SPACES, '') : half;
  return MAY_HAVE_CASE.test(compact) ? compact.toLowerCase() : compact;
}
