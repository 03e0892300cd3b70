/**
 * Full-width forms (Ａ-Ｚ, ０-９, ，．（）％ …) to their ASCII twins, and the ideographic space to
 * a plain one, so that header and number matching sees one spelling.
 */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Half-width, without white space, lower case: the form headers and labels are compared in. */
export function normaliseLabel(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '').toLowerCase();
}
