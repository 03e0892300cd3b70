/**
 * The package's map: relationships, content types and the workbook's sheet list, read from the
 * parts themselves (any part name, relative or absolute targets, any namespace prefix).
 */
import { attribute, elements, escapeAttribute, element, splice, rootPrefix } from './xml';
import type { ZipPackage } from './zipPackage';

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  threadedComment: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
};

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly target: string;
  /** The part it points to (package path without `/`), for internal targets. */
  readonly part: string | undefined;
}

/** The relationships part of `part` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(source: string, target: string): string {
  const clean = target.split('#')[0];
  const segments = clean.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(decodeURIComponent(segment));
  }
  return segments.join('/');
}

/** The target to write in `source`'s relationships for `part` (relative to its folder). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

export function readRelationships(pkg: ZipPackage, source: string): Relationship[] {
  const xml = pkg.text(relsPathOf(source));
  if (xml === undefined) return [];
  return elements(xml, 'Relationship').map((found) => {
    const target = attribute(found.text, 'Target') ?? '';
    const external = attribute(found.text, 'TargetMode') === 'External';
    return {
      id: attribute(found.text, 'Id') ?? '',
      type: attribute(found.text, 'Type') ?? '',
      target,
      part: external ? undefined : resolveTarget(source, target),
    };
  });
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Adds a relationship from `source` to `part`; returns its new id. */
export function addRelationship(
  pkg: ZipPackage,
  source: string,
  type: string,
  part: string,
): string {
  const path = relsPathOf(source);
  const xml = pkg.text(path) ?? EMPTY_RELS;
  const taken = new Set(elements(xml, 'Relationship').map((r) => attribute(r.text, 'Id')));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const prefix = rootPrefix(xml);
  const rel = `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(relativeTarget(source, part))}"/>`;
  const close = xml.lastIndexOf('</');
  const root = element(xml, 'Relationships');
  const updated =
    root && root.text.endsWith('/>') && !root.text.includes('</')
      ? splice(
          xml,
          root.start,
          root.end,
          root.text.replace(/\s*\/>$/, `>${rel}</${prefix}Relationships>`),
        )
      : splice(xml, close, close, rel);
  pkg.write(path, updated);
  return id;
}

/** Removes the relationships of `source` with these ids; drops the part when none remain. */
export function removeRelationships(
  pkg: ZipPackage,
  source: string,
  ids: ReadonlySet<string>,
): void {
  const path = relsPathOf(source);
  let xml = pkg.text(path);
  if (xml === undefined) return;
  const found = elements(xml, 'Relationship').filter((r) => ids.has(attribute(r.text, 'Id') ?? ''));
  if (!found.length) return;
  for (const rel of found.reverse()) xml = splice(xml, rel.start, rel.end, '');
  if (elements(xml, 'Relationship').length === 0) pkg.remove(path);
  else pkg.write(path, xml);
}

/** The package's content types: part → type, extension → type. */
export class ContentTypes {
  private xml: string;
  private readonly path = '[Content_Types].xml';

  constructor(private readonly pkg: ZipPackage) {
    this.xml = pkg.text(this.path) ?? '';
  }

  typeOf(part: string): string | undefined {
    for (const o of elements(this.xml, 'Override')) {
      if ((attribute(o.text, 'PartName') ?? '').replace(/^\//, '') === part)
        return attribute(o.text, 'ContentType');
    }
    const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    for (const d of elements(this.xml, 'Default')) {
      if ((attribute(d.text, 'Extension') ?? '').toLowerCase() === extension)
        return attribute(d.text, 'ContentType');
    }
    return undefined;
  }

  addOverride(part: string, type: string): void {
    if (elements(this.xml, 'Override').some((o) => attribute(o.text, 'PartName') === `/${part}`))
      return;
    this.append(
      `<${rootPrefix(this.xml)}Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`,
    );
  }

  /** A Default for the extension unless one exists (Defaults come before Overrides). */
  addDefault(extension: string, type: string): void {
    const defaults = elements(this.xml, 'Default');
    if (defaults.some((d) => attribute(d.text, 'Extension')?.toLowerCase() === extension)) return;
    const text = `<${rootPrefix(this.xml)}Default Extension="${extension}" ContentType="${type}"/>`;
    const at = defaults.length ? defaults[defaults.length - 1].end : this.firstChildAt();
    this.xml = splice(this.xml, at, at, text);
    this.pkg.write(this.path, this.xml);
  }

  removeOverride(part: string): void {
    const found = elements(this.xml, 'Override').find(
      (o) => (attribute(o.text, 'PartName') ?? '').replace(/^\//, '') === part,
    );
    if (!found) return;
    this.xml = splice(this.xml, found.start, found.end, '');
    this.pkg.write(this.path, this.xml);
  }

  private firstChildAt(): number {
    const root = element(this.xml, 'Types');
    return root ? root.start + root.text.indexOf('>') + 1 : this.xml.length;
  }

  private append(text: string): void {
    const close = this.xml.lastIndexOf('</');
    this.xml = splice(this.xml, close, close, text);
    this.pkg.write(this.path, this.xml);
  }
}

export interface SheetInfo {
  readonly name: string;
  readonly sheetId: number;
  readonly state: string | undefined;
  readonly relId: string;
  /** Its worksheet part, or undefined for a chart sheet or a dangling relationship. */
  readonly part: string | undefined;
  /** Position in the sheet list (a defined name's localSheetId). */
  readonly index: number;
}

/** The workbook part's path, from the package relationships (`xl/workbook.xml` usually). */
export function workbookPartOf(pkg: ZipPackage): string {
  const main = readRelationships(pkg, '').find((r) => r.type === REL.officeDocument);
  if (main?.part && pkg.has(main.part)) return main.part;
  return 'xl/workbook.xml';
}

export function readSheets(pkg: ZipPackage, workbookPart: string): SheetInfo[] {
  const xml = pkg.text(workbookPart) ?? '';
  const rels = new Map(readRelationships(pkg, workbookPart).map((r) => [r.id, r]));
  return elements(xml, 'sheet').map((found, index) => {
    const relId = attribute(found.text, 'r:id') ?? relIdAttribute(found.text) ?? '';
    const rel = rels.get(relId);
    return {
      name: attribute(found.text, 'name') ?? '',
      sheetId: Number(attribute(found.text, 'sheetId') ?? 0),
      state: attribute(found.text, 'state'),
      relId,
      part: rel && rel.type === REL.worksheet ? rel.part : undefined,
      index,
    };
  });
}

/** The relationship id attribute under whatever prefix the writer bound the namespace to. */
function relIdAttribute(tag: string): string | undefined {
  const m = /\s([\w.-]+):id\s*=\s*"([^"]*)"/.exec(tag);
  return m?.[2];
}

/** A part name `base{N}.ext` not yet in the package. */
export function freePartName(pkg: ZipPackage, base: string, extension: string): string {
  for (let n = 1; ; n++) {
    const name = `${base}${n}.${extension}`;
    if (!pkg.has(name)) return name;
  }
}
