/**
 * Text decoding for the fast reader, matching what saxes + ExcelJS give for the same bytes:
 * XML entities and character references decoded, line ends normalised (`\r\n` and `\r` become
 * `\n` in text, every `\t \n \r` becomes a space in attribute values), then UTF-8.
 */

const AMP = 0x26;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;

const decoder = new TextDecoder('utf-8');

/** UTF-8 bytes [start, end) as a string; plain ASCII skips the decoder's call overhead. */
export function utf8(bytes: Uint8Array, start: number, end: number): string {
  const length = end - start;
  if (length <= 16) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (bytes[i] >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      let out = '';
      for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i]);
      return out;
    }
  }
  return decoder.decode(bytes.subarray(start, end));
}

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  apos: "'",
  quot: '"',
};

function entity(name: string): string {
  if (name.charCodeAt(0) === 0x23 /* # */) {
    const hex = name.charCodeAt(1) === 0x78; /* x */
    const code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code > 0x10ffff) throw new Error(`Malformed XML: &${name};`);
    return String.fromCodePoint(code);
  }
  const named = NAMED[name];
  if (named === undefined) throw new Error(`Malformed XML: undefined entity &${name};`);
  return named;
}

/** Replaces entities in an already UTF-8-decoded string; `raw` is known to hold a `&`. */
function replaceEntities(raw: string): string {
  return raw.replace(/&([^;&]*);/g, (_match, name: string) => entity(name));
}

/**
 * Text content between tags, as saxes reports it. Character references are decoded after line
 * ends are normalised, so `&#13;` survives as `\r`, as in saxes.
 */
export function decodeText(bytes: Uint8Array, start: number, end: number): string {
  let special = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === AMP || b === CR) {
      special = true;
      break;
    }
  }
  const raw = utf8(bytes, start, end);
  if (!special) return raw;
  const normalised = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  return normalised.indexOf('&') >= 0 ? replaceEntities(normalised) : normalised;
}

/** An attribute value as saxes reports it (whitespace characters become spaces). */
export function decodeAttribute(bytes: Uint8Array, start: number, end: number): string {
  let special = false;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === AMP || b === CR || b === LF || b === TAB) {
      special = true;
      break;
    }
  }
  const raw = utf8(bytes, start, end);
  if (!special) return raw;
  const normalised = raw.replace(/\r\n|[\r\n\t]/g, ' ');
  return normalised.indexOf('&') >= 0 ? replaceEntities(normalised) : normalised;
}

/**
 * ExcelJS's second pass over `t="str"` values and sheet names (`utils.xmlDecode`): the five
 * named entities are decoded again, so `&amp;lt;` in the file reads as `<`.
 */
export function xmlDecodeAgain(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (match) => {
    switch (match) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return match;
    }
  });
}

/** OOXML `_xHHHH_` escapes (upper-case hex only, as ExcelJS's TextXform decodes them). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
