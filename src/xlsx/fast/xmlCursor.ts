/**
 * A pull tokenizer over XML bytes. It builds no DOM and no strings: callers read tag names and
 * attributes by byte position and decode only what they keep. Processing instructions, comments,
 * DOCTYPE and CDATA sections are skipped (ExcelJS listens to none of them either).
 */
import { decodeAttribute } from './text';

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const COLON = 0x3a;
const MAX_ATTRIBUTES = 64;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Tag and attribute names as bytes, for comparison without decoding. */
export function names<K extends string>(...list: K[]): Record<K, Uint8Array> {
  const out = {} as Record<K, Uint8Array>;
  for (const name of list) out[name] = encode(name);
  return out;
}

export class XmlCursor {
  pos: number;
  /** Local name (any prefix left out) of the current OPEN or CLOSE tag: [nameStart, nameEnd). */
  nameStart = 0;
  nameEnd = 0;
  /** Text of the current TEXT token: bytes [textStart, textEnd), still encoded. */
  textStart = 0;
  textEnd = 0;
  /** Attributes of the current OPEN tag, filled by `readAttributes`. */
  attrCount = 0;
  readonly attrNameStart = new Int32Array(MAX_ATTRIBUTES);
  readonly attrNameEnd = new Int32Array(MAX_ATTRIBUTES);
  readonly attrValueStart = new Int32Array(MAX_ATTRIBUTES);
  readonly attrValueEnd = new Int32Array(MAX_ATTRIBUTES);
  private attrsFrom = 0;
  private attrsTo = 0;
  private pendingClose = false;

  /**
   * @param partial more bytes follow `end`: a comment, CDATA or processing instruction left
   *   open stops the scan (END, with `pos` at its `<`) instead of being an error
   */
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end: number = bytes.length,
    private readonly partial = false,
  ) {
    this.pos = start;
  }

  /** Advances to the next token. A self-closing tag gives OPEN then CLOSE. */
  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      return CLOSE;
    }
    const b = this.bytes;
    const end = this.end;
    for (;;) {
      const p = this.pos;
      if (p >= end) return END;
      if (b[p] !== LT) {
        let q = b.indexOf(LT, p);
        if (q < 0 || q > end) q = end;
        this.textStart = p;
        this.textEnd = q;
        this.pos = q;
        return TEXT;
      }
      const c = b[p + 1];
      if (c === QUESTION || c === BANG) {
        const next = c === QUESTION ? this.skipPast(p + 2, '?>') : this.skipMarkup(p);
        if (next < 0) {
          if (this.partial) return END;
          throw new Error('Malformed XML: unterminated markup');
        }
        this.pos = next;
        continue;
      }
      if (c === SLASH) {
        let q = p + 2;
        let local = q;
        while (q < end && b[q] !== GT && !isSpace(b[q])) {
          if (b[q] === COLON) local = q + 1;
          q++;
        }
        this.nameStart = local;
        this.nameEnd = q;
        const gt = b.indexOf(GT, q);
        if (gt < 0) throw new Error('Malformed XML: unterminated closing tag');
        this.pos = gt + 1;
        return CLOSE;
      }
      let q = p + 1;
      let local = q;
      while (q < end && b[q] !== GT && b[q] !== SLASH && !isSpace(b[q])) {
        if (b[q] === COLON) local = q + 1;
        q++;
      }
      // Element names are compared by local name: writers such as OpenXML SDK exporters bind
      // the main namespace to a prefix (`<x:worksheet>`, `<x:c>`).
      this.nameStart = local;
      this.nameEnd = q;
      // Find the tag's end, stepping over quoted attribute values (they may hold '>').
      let quote = 0;
      while (q < end) {
        const x = b[q];
        if (quote) {
          if (x === quote) quote = 0;
        } else if (x === DQUOTE || x === SQUOTE) quote = x;
        else if (x === GT) break;
        q++;
      }
      if (q >= end) throw new Error('Malformed XML: unterminated tag');
      const selfClosing = b[q - 1] === SLASH;
      this.attrsFrom = this.nameEnd;
      this.attrsTo = selfClosing ? q - 1 : q;
      this.attrCount = -1;
      this.pendingClose = selfClosing;
      this.pos = q + 1;
      return OPEN;
    }
  }

  private skipPast(from: number, terminator: string): number {
    const b = this.bytes;
    const first = terminator.charCodeAt(0);
    for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
      let match = true;
      for (let k = 1; k < terminator.length; k++) {
        if (b[i + k] !== terminator.charCodeAt(k)) {
          match = false;
          break;
        }
      }
      if (match) return i + terminator.length;
    }
    return -1;
  }

  private skipMarkup(p: number): number {
    const b = this.bytes;
    if (b[p + 2] === 0x2d && b[p + 3] === 0x2d) return this.skipPast(p + 4, '-->');
    if (b[p + 2] === 0x5b /* [ */) return this.skipPast(p + 3, ']]>');
    // DOCTYPE: skip to its '>' (after an internal subset, if any).
    let depth = 0;
    for (let i = p + 2; i < b.length; i++) {
      if (b[i] === 0x5b) depth++;
      else if (b[i] === 0x5d) depth--;
      else if (b[i] === GT && depth <= 0) return i + 1;
    }
    return -1;
  }

  /** True when the current OPEN tag is self-closing (its CLOSE comes next). */
  get selfClosing(): boolean {
    return this.pendingClose;
  }

  /** True when the current tag's name is exactly `name`. */
  is(name: Uint8Array): boolean {
    const len = this.nameEnd - this.nameStart;
    if (len !== name.length) return false;
    const b = this.bytes;
    const s = this.nameStart;
    for (let i = 0; i < len; i++) if (b[s + i] !== name[i]) return false;
    return true;
  }

  /** Splits the current OPEN tag's attributes into the attr* arrays; returns their count. */
  readAttributes(): number {
    if (this.attrCount >= 0) return this.attrCount;
    const b = this.bytes;
    const to = this.attrsTo;
    let i = this.attrsFrom;
    let n = 0;
    while (i < to) {
      while (i < to && isSpace(b[i])) i++;
      if (i >= to) break;
      const nameStart = i;
      while (i < to && b[i] !== EQUALS && !isSpace(b[i])) i++;
      const nameEnd = i;
      while (i < to && b[i] !== EQUALS) i++;
      i++;
      while (i < to && isSpace(b[i])) i++;
      const quote = b[i];
      if (quote !== DQUOTE && quote !== SQUOTE)
        throw new Error('Malformed XML: unquoted attribute');
      const valueStart = i + 1;
      const valueEnd = b.indexOf(quote, valueStart);
      if (valueEnd < 0 || valueEnd > to) throw new Error('Malformed XML: unterminated attribute');
      if (n < MAX_ATTRIBUTES) {
        this.attrNameStart[n] = nameStart;
        this.attrNameEnd[n] = nameEnd;
        this.attrValueStart[n] = valueStart;
        this.attrValueEnd[n] = valueEnd;
        n++;
      }
      i = valueEnd + 1;
    }
    this.attrCount = n;
    return n;
  }

  /** Index of the attribute named `name` in the current tag, or -1. */
  findAttribute(name: Uint8Array): number {
    const n = this.readAttributes();
    const b = this.bytes;
    for (let a = 0; a < n; a++) {
      const s = this.attrNameStart[a];
      if (this.attrNameEnd[a] - s !== name.length) continue;
      let k = 0;
      while (k < name.length && b[s + k] === name[k]) k++;
      if (k === name.length) return a;
    }
    return -1;
  }

  /** The decoded value of attribute `name`, or undefined when the tag lacks it. */
  attribute(name: Uint8Array): string | undefined {
    const a = this.findAttribute(name);
    if (a < 0) return undefined;
    return decodeAttribute(this.bytes, this.attrValueStart[a], this.attrValueEnd[a]);
  }
}
