/**
 * xl/styles.xml, patched: the product appends the fills, fonts, borders, number formats and cell
 * formats it needs at the end of each list and updates the list's count. Existing indexes never
 * change, and an entry identical to one already there (the product's own from an earlier run,
 * or the user's) is reused, so marking twice appends nothing the second time.
 */
import {
  attribute,
  contentRange,
  element,
  elements,
  splice,
  withAttribute,
  type Found,
} from './xml';

/** Lists in styles.xml, in schema order (CT_Stylesheet). */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const ITEM: Readonly<Record<string, string>> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
};

const MINIMAL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Whitespace between tags does not make two entries different. */
function canonical(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}

export class Styles {
  private readonly lists = new Map<string, string[]>();
  private readonly appended = new Map<string, string[]>();
  private readonly prefix: string;
  private nextNumFmt = 164;

  constructor(readonly xml: string = MINIMAL) {
    this.prefix = /<([\w.-]+:)?styleSheet[\s>]/.exec(xml)?.[1] ?? '';
    for (const list of Object.keys(ITEM)) {
      const found = element(xml, list);
      const range = found && contentRange(found);
      this.lists.set(
        list,
        range ? elements(xml, ITEM[list], range.start, range.end).map((f) => f.text) : [],
      );
      this.appended.set(list, []);
    }
    for (const numFmt of this.lists.get('numFmts') ?? []) {
      const id = Number(attribute(numFmt, 'numFmtId'));
      if (id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
  }

  get changed(): boolean {
    return [...this.appended.values()].some((list) => list.length > 0);
  }

  count(list: string): number {
    return (this.lists.get(list)?.length ?? 0) + (this.appended.get(list)?.length ?? 0);
  }

  item(list: string, index: number): string | undefined {
    const own = this.lists.get(list) ?? [];
    return index < own.length ? own[index] : this.appended.get(list)?.[index - own.length];
  }

  /** The index of an entry equal to `xml` in `list`, appending it when there is none. */
  indexOf(list: string, xml: string): number {
    const wanted = canonical(xml);
    const total = this.count(list);
    for (let i = 0; i < total; i++) if (canonical(this.item(list, i) ?? '') === wanted) return i;
    this.appended.get(list)?.push(xml);
    return total;
  }

  /** The `<fill>` a cell format uses (none when out of range). */
  fillOfXf(xfIndex: number): string {
    const xf = this.item('cellXfs', xfIndex);
    const fillId = xf === undefined ? 0 : Number(attribute(xf, 'fillId') ?? 0);
    return this.item('fills', fillId) ?? this.fill('none');
  }

  /** A `<fill>` element in this part's prefix. */
  fill(pattern: 'none' | 'solid', rgb?: string): string {
    const p = this.prefix;
    if (pattern === 'none') return `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${rgb ?? 'FFFFFF'}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  /** The cell format `xfIndex` with its fill replaced by `fillXml`: an existing or new index. */
  xfWithFill(xfIndex: number, fillXml: string): number {
    const base =
      this.item('cellXfs', xfIndex) ??
      this.item('cellXfs', 0) ??
      `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const fillId = this.indexOf('fills', fillXml);
    let xf = withAttribute(base, 'fillId', String(fillId));
    xf = withAttribute(xf, 'applyFill', '1');
    return this.indexOf('cellXfs', xf);
  }

  /** A number format's id: built-in 0 for General, else an existing or appended custom one. */
  numFmtId(code: string): number {
    if (code === 'General') return 0;
    for (const numFmt of [
      ...(this.lists.get('numFmts') ?? []),
      ...(this.appended.get('numFmts') ?? []),
    ]) {
      if (attribute(numFmt, 'formatCode') === code) return Number(attribute(numFmt, 'numFmtId'));
    }
    const id = this.nextNumFmt++;
    const escaped = code.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    this.appended
      .get('numFmts')
      ?.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escaped}"/>`);
    return id;
  }

  get elementPrefix(): string {
    return this.prefix;
  }

  /** The part with the appended entries and updated counts. */
  toXml(): string {
    let xml = this.xml;
    for (const list of Object.keys(ITEM)) {
      const added = this.appended.get(list) ?? [];
      if (!added.length) continue;
      const total = this.count(list);
      const found = element(xml, list);
      if (found) {
        xml = splice(xml, found.start, found.end, this.extended(found, added, total));
      } else {
        const text = `<${this.prefix}${list} count="${total}">${added.join('')}</${this.prefix}${list}>`;
        xml = insertList(xml, list, text);
      }
    }
    return xml;
  }

  private extended(found: Found, added: readonly string[], total: number): string {
    const range = contentRange(found);
    const head = withAttribute(
      found.text.slice(0, found.text.indexOf('>') + 1).replace(/\s*\/>$/, '>'),
      'count',
      String(total),
    );
    if (!range) {
      const name = /^<([^\s/>]+)/.exec(found.text)?.[1] ?? '';
      return `${head.replace(/\/>$/, '>')}${added.join('')}</${name}>`;
    }
    const inner = found.text.slice(range.start - found.start, range.end - found.start);
    const tail = found.text.slice(range.end - found.start);
    return `${head}${inner}${added.join('')}${tail}`;
  }
}

/** Inserts a missing list at its schema place. */
function insertList(xml: string, list: string, text: string): string {
  const after = ORDER.slice(ORDER.indexOf(list) + 1);
  for (const next of after) {
    const found = element(xml, next);
    if (found) return splice(xml, found.start, found.start, text);
  }
  const close = xml.lastIndexOf('</');
  return splice(xml, close, close, text);
}
