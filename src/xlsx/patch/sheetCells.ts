/**
 * Rewrites the style index (`s`) of chosen cells in a worksheet's XML without building a tree:
 * one scan over the bytes, copying everything between the changed attributes as it is. A chosen
 * cell missing from the XML is inserted (empty, styled) at its place in its row; a missing row
 * is inserted in row order. The output is a list of byte slices, deflated without joining.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOS = 0x27;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * For one cell: its new style index, given the one it has (`present` false when the cell had no
 * `s` attribute or was absent). `NO_STYLE_ATTRIBUTE` removes the attribute (style 0).
 */
export type Restyle = (oldStyle: number, present: boolean) => number;

export const NO_STYLE_ATTRIBUTE = -1;

export interface CellAddress {
  readonly row: number; // 1-based
  readonly col: number; // 1-based
}

export function parseAddress(a1: string): CellAddress {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
  if (!m) throw new Error(`not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

interface Tag {
  /** Local name bytes [localStart, nameEnd). */
  readonly nameStart: number;
  readonly localStart: number;
  readonly nameEnd: number;
  readonly end: number; // index of '>'
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

function readTag(b: Uint8Array, at: number): Tag | undefined {
  const closing = b[at + 1] === SLASH;
  const nameStart = at + (closing ? 2 : 1);
  let q = nameStart;
  let localStart = nameStart;
  while (q < b.length && b[q] !== GT && b[q] !== SLASH && !isSpace(b[q])) {
    if (b[q] === COLON) localStart = q + 1;
    q++;
  }
  const nameEnd = q;
  let quote = 0;
  while (q < b.length) {
    const x = b[q];
    if (quote) {
      if (x === quote) quote = 0;
    } else if (x === QUOTE || x === APOS) quote = x;
    else if (x === GT) break;
    q++;
  }
  if (q >= b.length) return undefined;
  return { nameStart, localStart, nameEnd, end: q, closing, selfClosing: b[q - 1] === SLASH };
}

function localIs(b: Uint8Array, tag: Tag, name: string): boolean {
  if (tag.nameEnd - tag.localStart !== name.length) return false;
  for (let i = 0; i < name.length; i++)
    if (b[tag.localStart + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** [valueStart, valueEnd) of attribute `name` (unprefixed) in the tag, or undefined. */
function attributeRange(b: Uint8Array, tag: Tag, name: string): [number, number] | undefined {
  let i = tag.nameEnd;
  const to = tag.selfClosing ? tag.end - 1 : tag.end;
  while (i < to) {
    while (i < to && isSpace(b[i])) i++;
    const start = i;
    while (i < to && b[i] !== 0x3d && !isSpace(b[i])) i++;
    const nameEnd = i;
    while (i < to && b[i] !== QUOTE && b[i] !== APOS) i++;
    if (i >= to) return undefined;
    const quote = b[i];
    const valueStart = i + 1;
    const valueEnd = b.indexOf(quote, valueStart);
    if (valueEnd < 0) return undefined;
    if (nameEnd - start === name.length) {
      let same = true;
      for (let k = 0; k < name.length; k++) if (b[start + k] !== name.charCodeAt(k)) same = false;
      if (same) return [valueStart, valueEnd];
    }
    i = valueEnd + 1;
  }
  return undefined;
}

function numberAt(b: Uint8Array, range: [number, number] | undefined): number {
  if (!range) return 0;
  let n = 0;
  for (let i = range[0]; i < range[1]; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return i === range[0] ? 0 : n;
    n = n * 10 + d;
  }
  return n;
}

function columnAt(b: Uint8Array, range: [number, number]): number {
  let col = 0;
  for (let i = range[0]; i < range[1]; i++) {
    const x = b[i];
    if (x >= 65 && x <= 90) col = col * 26 + x - 64;
    else if (x !== 0x24) break;
  }
  return col;
}

/**
 * The sheet XML with each chosen cell's `s` replaced by `changes.get(address)(old)`.
 * @param changes per "row:col" key (see `keyOf`)
 * @returns slices of the new XML, and the keys that were found (present or inserted)
 */
export function restyleCells(xml: Uint8Array, changes: ReadonlyMap<string, Restyle>): Uint8Array[] {
  const out: Uint8Array[] = [];
  let copied = 0;
  const emit = (upTo: number, text?: string): void => {
    if (upTo > copied) out.push(xml.subarray(copied, upTo));
    copied = Math.max(copied, upTo);
    if (text) out.push(encoder.encode(text));
  };
  // Cells to insert, by row, sorted by column.
  const pendingByRow = new Map<number, number[]>();
  for (const key of changes.keys()) {
    const [row, col] = key.split(':').map(Number);
    const list = pendingByRow.get(row) ?? [];
    list.push(col);
    pendingByRow.set(row, list);
  }
  for (const list of pendingByRow.values()) list.sort((a, b) => a - b);
  const pendingRows = [...pendingByRow.keys()].sort((a, b) => a - b);
  let nextPendingRow = 0;
  let prefix = '';
  let row = 0;
  let col = 0;
  let inData = false;
  let rowPending: number[] = [];
  const newCell = (r: number, c: number): string => {
    const restyle = changes.get(`${r}:${c}`);
    const style = restyle ? restyle(0, false) : 0;
    return `<${prefix}c r="${columnLetters(c)}${r}"${style > 0 ? ` s="${style}"` : ''}/>`;
  };
  const flushRowsBefore = (at: number, before: number): void => {
    let text = '';
    while (nextPendingRow < pendingRows.length && pendingRows[nextPendingRow] < before) {
      const r = pendingRows[nextPendingRow++];
      const cells = (pendingByRow.get(r) ?? []).map((c) => newCell(r, c)).join('');
      text += `<${prefix}row r="${r}">${cells}</${prefix}row>`;
    }
    if (text) emit(at, text);
  };
  for (let at = xml.indexOf(LT); at >= 0; at = xml.indexOf(LT, at + 1)) {
    const next = xml[at + 1];
    if (next === 0x3f || next === 0x21) continue;
    const tag = readTag(xml, at);
    if (!tag) break;
    if (!inData) {
      if (localIs(xml, tag, 'sheetData')) {
        prefix = decoder.decode(xml.subarray(tag.nameStart, tag.localStart));
        if (tag.selfClosing) {
          // An empty sheet: open it to hold the inserted rows.
          emit(at, `<${prefix}sheetData>`);
          copied = tag.end + 1;
          flushRowsBefore(copied, Infinity);
          emit(copied, `</${prefix}sheetData>`);
          break;
        }
        inData = true;
      }
      at = tag.end;
      continue;
    }
    if (localIs(xml, tag, 'row')) {
      if (tag.closing) {
        if (rowPending.length) emit(at, rowPending.map((c) => newCell(row, c)).join(''));
        rowPending = [];
      } else {
        const r = attributeRange(xml, tag, 'r');
        const number = r ? numberAt(xml, r) : row + 1;
        flushRowsBefore(at, number);
        row = number;
        col = 0;
        if (nextPendingRow < pendingRows.length && pendingRows[nextPendingRow] === row) {
          rowPending = [...(pendingByRow.get(row) ?? [])];
          nextPendingRow++;
        } else rowPending = [];
        if (tag.selfClosing && rowPending.length) {
          // <row r="5"/>: opened to hold the inserted cells.
          const head = decoder.decode(xml.subarray(at, tag.end - 1)).replace(/\s+$/, '');
          emit(at, `${head}>${rowPending.map((c) => newCell(row, c)).join('')}</${prefix}row>`);
          copied = tag.end + 1;
          rowPending = [];
        }
        if (!rowPending.length) {
          // Nothing to change in this row: jump to the next row's tag with a native search.
          at = skipToNextRow(xml, tag.end, prefix) - 1;
          continue;
        }
      }
    } else if (!tag.closing && localIs(xml, tag, 'c')) {
      const r = attributeRange(xml, tag, 'r');
      col = r ? columnAt(xml, r) : col + 1;
      while (rowPending.length && rowPending[0] < col) {
        emit(at, newCell(row, rowPending.shift()!));
      }
      if (rowPending.length && rowPending[0] === col) {
        rowPending.shift();
        const restyle = changes.get(`${row}:${col}`)!;
        const s = attributeRange(xml, tag, 's');
        const style = restyle(numberAt(xml, s), s !== undefined);
        if (s && style === NO_STYLE_ATTRIBUTE) {
          // The cell had no `s` before the product added one: it goes again.
          let from = s[0] - 1;
          while (from > tag.nameEnd && xml[from] !== 0x73) from--;
          while (from > tag.nameEnd && isSpace(xml[from - 1])) from--;
          emit(from);
          copied = s[1] + 1;
        } else if (s) {
          emit(s[0], String(Math.max(0, style)));
          copied = s[1];
        } else if (style > 0) {
          emit(tag.nameEnd, ` s="${style}"`);
        }
      }
    } else if (tag.closing && localIs(xml, tag, 'sheetData')) {
      flushRowsBefore(at, Infinity);
      emit(xml.length);
      return out;
    }
    at = tag.end;
  }
  emit(xml.length);
  return out;
}

const needles = new Map<string, { row: Uint8Array; end: Uint8Array }>();

/** The position of the next `<row` (or `</sheetData`) tag after `from`. */
function skipToNextRow(xml: Uint8Array, from: number, prefix: string): number {
  let needle = needles.get(prefix);
  if (!needle) {
    needle = { row: encoder.encode(`<${prefix}row`), end: encoder.encode(`</${prefix}sheetData`) };
    needles.set(prefix, needle);
  }
  const row = needle.row;
  for (let at = indexOfBytes(xml, row, from); at >= 0; at = indexOfBytes(xml, row, at + 1)) {
    const after = xml[at + row.length];
    if (after === GT || after === SLASH || isSpace(after)) return at;
  }
  const end = indexOfBytes(xml, needle.end, from);
  return end >= 0 ? end : xml.length;
}

/**
 * The next occurrence of `needle` at or after `from`, found by its last byte: for `<row` that is
 * `w`, which cell XML (`<c r="A1" s="1"><v>…</v></c>`) almost never holds, so the native search
 * skips whole rows of cells at a time.
 */
function indexOfBytes(xml: Uint8Array, needle: Uint8Array, from: number): number {
  const last = needle.length - 1;
  for (
    let at = xml.indexOf(needle[last], from + last);
    at >= 0;
    at = xml.indexOf(needle[last], at + 1)
  ) {
    let k = 1;
    while (k <= last && xml[at - k] === needle[last - k]) k++;
    if (k > last) return at - last;
  }
  return -1;
}

export function keyOf(address: CellAddress): string {
  return `${address.row}:${address.col}`;
}
