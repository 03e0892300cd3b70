/**
 * A sheet's VML drawing, which Excel needs to show a note: the product adds one hidden note shape
 * per note it creates and removes exactly those. Writers bind VML's namespaces to different
 * prefixes (`v:`, or openpyxl's `ns1:`), so the prefixes are read from the part.
 */
import { elements, splice, escapeAttribute } from './xml';

const NS = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
};

export const EMPTY_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="IDMAP"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>';

/** Shape ids in use in a VML part (`_x0000_s1025` → 1025). */
export function shapeIds(vml: string): number[] {
  return [...vml.matchAll(/\bid\s*=\s*"_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
}

/** The idmap blocks a VML part claims. */
export function idmapBlocks(vml: string): number[] {
  return [...vml.matchAll(/idmap[^>]*\bdata\s*=\s*"([^"]*)"/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((n) => Number(n.trim()))
      .filter(Number.isFinite),
  );
}

interface NoteShape {
  readonly start: number;
  readonly end: number;
}

function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export class VmlPart {
  private readonly prefix: Record<keyof typeof NS, string>;
  private notes: Map<string, NoteShape> | undefined;
  private shapes: number | undefined;
  private readonly removed = new Set<NoteShape>();
  /** New note shapes by cell, in the order added. */
  private readonly added = new Map<string, string>();

  constructor(private xml: string) {
    this.prefix = { v: 'v:', o: 'o:', x: 'x:' };
    for (const key of Object.keys(NS) as (keyof typeof NS)[]) {
      const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${NS[key]}"`).exec(this.xml);
      if (m) this.prefix[key] = `${m[1]}:`;
      else this.declare(key);
    }
    if (!/_x0000_t202"/.test(this.xml.replace(/#_x0000_t202/g, ''))) this.addShapeType();
  }

  /** Adds a hidden note shape for the cell at 0-based `row`, `col`, with shape id `id`. */
  addNote(row: number, col: number, id: number): void {
    const { v, o, x } = this.prefix;
    const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 3}, 15, ${row + 3}, 4`;
    const shape =
      `<${v}shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:200pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" ${o}insetmode="auto">` +
      `<${v}fill color2="#ffffe1"/><${v}shadow on="t" color="black" obscured="t"/><${v}path ${o}connecttype="none"/>` +
      `<${v}textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></${v}textbox>` +
      `<${x}ClientData ObjectType="Note"><${x}MoveWithCells/><${x}SizeWithCells/><${x}Anchor>${escapeAttribute(anchor)}</${x}Anchor><${x}AutoFill>False</${x}AutoFill><${x}Row>${row}</${x}Row><${x}Column>${col}</${x}Column></${x}ClientData></${v}shape>`;
    this.added.set(cellKey(row, col), shape);
  }

  /** Removes the note shape anchored on the cell at 0-based `row`, `col`. */
  removeNote(row: number, col: number): void {
    const key = cellKey(row, col);
    if (this.added.delete(key)) return;
    const shape = this.index().get(key);
    if (shape) this.removed.add(shape);
  }

  hasNote(row: number, col: number): boolean {
    const key = cellKey(row, col);
    if (this.added.has(key)) return true;
    const shape = this.index().get(key);
    return shape !== undefined && !this.removed.has(shape);
  }

  /** True when no shape of any kind is left (then the part can go). */
  get isEmpty(): boolean {
    return this.shapeCount() - this.removed.size + this.added.size === 0;
  }

  /** The part with the edits applied in one pass (removed shapes cut, new ones before its end). */
  toXml(): string {
    if (!this.removed.size && !this.added.size) return this.xml;
    const cuts = [...this.removed].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const cut of cuts) {
      out += this.xml.slice(at, cut.start);
      at = cut.end;
    }
    const close = this.xml.lastIndexOf('</');
    out += this.xml.slice(at, close) + [...this.added.values()].join('') + this.xml.slice(close);
    return out;
  }

  /** The note shapes read once, by cell: edits are collected and applied by `toXml`. */
  private index(): Map<string, NoteShape> {
    if (!this.notes) {
      this.notes = new Map();
      for (const s of elements(this.xml, 'shape')) {
        if (!/ObjectType\s*=\s*"Note"/.test(s.text)) continue;
        const row = Number(/Row>\s*(\d+)\s*</.exec(s.text)?.[1] ?? -1);
        const col = Number(/Column>\s*(\d+)\s*</.exec(s.text)?.[1] ?? -1);
        const key = cellKey(row, col);
        if (!this.notes.has(key)) this.notes.set(key, { start: s.start, end: s.end });
      }
    }
    return this.notes;
  }

  private shapeCount(): number {
    this.shapes ??= elements(this.xml, 'shape').length;
    return this.shapes;
  }

  private declare(key: keyof typeof NS): void {
    const open = /<xml\b/.exec(this.xml);
    if (!open) return;
    const at = open.index + 4;
    this.xml = splice(this.xml, at, at, ` xmlns:${key}="${NS[key]}"`);
  }

  private addShapeType(): void {
    const { v, o } = this.prefix;
    const type = `<${v}shapetype id="_x0000_t202" coordsize="21600,21600" ${o}spt="202" path="m,l,21600r21600,l21600,xe"><${v}stroke joinstyle="miter"/><${v}path gradientshapeok="t" ${o}connecttype="rect"/></${v}shapetype>`;
    const firstShape = elements(this.xml, 'shape')[0];
    const at = firstShape ? firstShape.start : this.xml.lastIndexOf('</');
    this.xml = splice(this.xml, at, at, type);
  }
}
