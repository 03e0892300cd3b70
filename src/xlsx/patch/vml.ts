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

export class VmlPart {
  private readonly prefix: Record<keyof typeof NS, string>;

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
    const close = this.xml.lastIndexOf('</');
    this.xml = splice(this.xml, close, close, shape);
  }

  /** Removes the note shape anchored on the cell at 0-based `row`, `col`. */
  removeNote(row: number, col: number): void {
    const shape = this.notes().find((s) => s.row === row && s.col === col);
    if (shape) this.xml = splice(this.xml, shape.start, shape.end, '');
  }

  hasNote(row: number, col: number): boolean {
    return this.notes().some((s) => s.row === row && s.col === col);
  }

  /** True when no shape of any kind is left (then the part can go). */
  get isEmpty(): boolean {
    return elements(this.xml, 'shape').length === 0;
  }

  toXml(): string {
    return this.xml;
  }

  private notes(): { start: number; end: number; row: number; col: number }[] {
    return elements(this.xml, 'shape')
      .filter((s) => /ObjectType\s*=\s*"Note"/.test(s.text))
      .map((s) => ({
        start: s.start,
        end: s.end,
        row: Number(/Row>\s*(\d+)\s*</.exec(s.text)?.[1] ?? -1),
        col: Number(/Column>\s*(\d+)\s*</.exec(s.text)?.[1] ?? -1),
      }));
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
