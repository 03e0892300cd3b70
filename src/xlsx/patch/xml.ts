/**
 * String helpers for the small parts the patcher edits in place (styles, workbook, relationships,
 * content types, comments, VML): each edit inserts or removes the product's own elements and
 * leaves every other byte of the part as it was. Element names may carry any prefix (`x:c`).
 */

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
      );
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[name] ?? '';
  });
}

/** Characters XML 1.0 cannot carry, dropped from text the product writes. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const P = '(?:[A-Za-z_][\\w.-]*:)?';

/** The prefix (with colon) the document's root element uses, `''` for none. */
export function rootPrefix(xml: string): string {
  const match = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(xml);
  return match?.[1] ?? '';
}

export interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every element named `local` (any prefix), with its content; not nested in itself. */
export function elements(xml: string, local: string, from = 0, to = xml.length): Found[] {
  const re = new RegExp(`<(${P}${local})(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</\\1\\s*>)`, 'g');
  re.lastIndex = from;
  const out: Found[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The first element named `local`, or undefined. */
export function element(xml: string, local: string, from = 0): Found | undefined {
  return elements(xml, local, from)[0];
}

/** Where the content of the element starting at `found` begins and ends (after `>`, before `</`). */
export function contentRange(found: Found): { start: number; end: number } | undefined {
  if (found.text.endsWith('/>') && !found.text.includes('</')) return undefined;
  const open = found.text.indexOf('>') + 1;
  const close = found.text.lastIndexOf('</');
  return { start: found.start + open, end: found.start + close };
}

/** An attribute's decoded value in a start tag, matched by local or prefixed name. */
export function attribute(tag: string, name: string): string | undefined {
  const head = tag.slice(0, tag.indexOf('>') + 1);
  const re = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(head);
  if (!m) return undefined;
  return decodeEntities(m[2] ?? m[3] ?? '');
}

/** The start tag with attribute `name` set to `value` (added after the name when missing). */
export function withAttribute(tag: string, name: string, value: string): string {
  const headEnd = tag.indexOf('>') + 1;
  const head = tag.slice(0, headEnd);
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const escaped = escapeAttribute(value);
  const next = re.test(head)
    ? head.replace(re, `$1"${escaped}"`)
    : head.replace(/^(<[^\s/>]+)/, `$1 ${name}="${escaped}"`);
  return next + tag.slice(headEnd);
}

/** The start tag without attribute `name`. */
export function withoutAttribute(tag: string, name: string): string {
  const headEnd = tag.indexOf('>') + 1;
  const re = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
  return tag.slice(0, headEnd).replace(re, '') + tag.slice(headEnd);
}

/** `xml` with [start, end) replaced by `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/** The namespace prefix (with colon) bound to `uri` on the root, or undefined. */
export function prefixOf(xml: string, uri: string): string | undefined {
  const re = new RegExp(`xmlns(?::([\\w.-]+))?\\s*=\\s*"${uri.replace(/[.]/g, '\\.')}"`);
  const m = re.exec(xml.slice(0, 4000));
  if (!m) return undefined;
  return m[1] ? `${m[1]}:` : '';
}

/**
 * Inserts `text` into the element `parent` (a Found) at its schema place: before the first child
 * whose local name is in `before`, else before the closing tag. A self-closing parent is opened.
 */
export function insertChild(
  xml: string,
  parent: Found,
  text: string,
  before: readonly string[],
): string {
  const range = contentRange(parent);
  if (!range) {
    const open = parent.text.replace(/\s*\/>$/, '>');
    const name = /^<([^\s/>]+)/.exec(parent.text)?.[1] ?? '';
    return splice(xml, parent.start, parent.end, `${open}${text}</${name}>`);
  }
  let at = range.end;
  for (const local of before) {
    const found = element(xml.slice(0, range.end), local, range.start);
    if (found && found.start < at) at = found.start;
  }
  return splice(xml, at, at, text);
}
