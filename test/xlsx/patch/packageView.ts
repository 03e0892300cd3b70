/**
 * A test's view of a package, independent of the patcher's own editing code paths: every cell's
 * style index and content, every note, the parts and their content types, and checks for what
 * makes Excel offer a repair.
 */
import { inflateSync, unzipSync } from 'fflate';
import { ZipPackage } from '../../../src/xlsx/patch/zipPackage';
import { FFLATE_CODEC } from '../../../src/xlsx/patch/codec';
import {
  readRelationships,
  readSheets,
  relsPathOf,
  workbookPartOf,
} from '../../../src/xlsx/patch/parts';

export function openPackage(bytes: Uint8Array): ZipPackage {
  return new ZipPackage(bytes, FFLATE_CODEC);
}

export interface CellView {
  /** The style index (0 when the cell has no `s`). */
  readonly s: number;
  /** The cell's content XML (value, formula, inline string), prefix left out. */
  readonly content: string;
  readonly type: string;
}

const text = (pkg: ZipPackage, part: string): string => pkg.text(part) ?? '';

/** `sheet!A1` → cell, for every `<c>` of every worksheet. */
export function cellsOf(bytes: Uint8Array): Record<string, CellView> {
  const pkg = openPackage(bytes);
  const out: Record<string, CellView> = {};
  for (const sheet of readSheets(pkg, workbookPartOf(pkg))) {
    if (!sheet.part) continue;
    const xml = text(pkg, sheet.part);
    for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = m[1];
      const ref = /\br="([^"]+)"/.exec(attrs)?.[1];
      if (!ref) continue;
      out[`${sheet.name}!${ref}`] = {
        s: Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0),
        type: /\bt="([^"]+)"/.exec(attrs)?.[1] ?? '',
        content: (m[2] ?? '').replace(/<(\/?)\w+:/g, '<$1'),
      };
    }
  }
  return out;
}

/** `sheet!A1` → the note's `<comment>` element, for every sheet. */
export function notesOf(bytes: Uint8Array): Record<string, string> {
  const pkg = openPackage(bytes);
  const out: Record<string, string> = {};
  for (const sheet of readSheets(pkg, workbookPartOf(pkg))) {
    if (!sheet.part) continue;
    for (const rel of readRelationships(pkg, sheet.part)) {
      if (!rel.type.endsWith('/comments') || !rel.part) continue;
      for (const m of text(pkg, rel.part).matchAll(
        /<((?:\w+:)?comment)\b[^>]*\bref="([^"]+)"[\s\S]*?<\/\1>/g,
      )) {
        out[`${sheet.name}!${m[2]}`] = m[0];
      }
    }
  }
  return out;
}

/** The plain text of a `<comment>` element. */
export function noteText(comment: string): string {
  return [...comment.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)]
    .map((m) =>
      m[1]
        .replace(/&#(\d+);/g, (_e, code: string) => String.fromCodePoint(Number(code)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    )
    .join('');
}

export function partNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes))
    .filter((name) => !name.endsWith('/'))
    .sort();
}

/** The parts whose stored entry (CRC and compressed bytes) differs between two packages. */
export function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = openPackage(before);
  const b = openPackage(after);
  return a.names.filter((name) => {
    const x = a.stored(name);
    const y = b.stored(name);
    return !x || !y || x.crc !== y.crc || x.method !== y.method || !sameBytes(x.data, y.data);
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every stored entry inflates to bytes whose CRC matches (the zip is sound). */
export function inflatesCleanly(bytes: Uint8Array): boolean {
  const pkg = openPackage(bytes);
  return pkg.names.every((name) => {
    const stored = pkg.stored(name);
    if (!stored) return false;
    const data = stored.method === 8 ? inflateSync(stored.data) : stored.data;
    return FFLATE_CODEC.crc32([data]) === stored.crc;
  });
}

/** Parts that no Default or Override gives a content type. */
export function partsWithoutContentType(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  const types = text(pkg, '[Content_Types].xml');
  const overrides = new Set([...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]));
  const defaults = new Set(
    [...types.matchAll(/Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()),
  );
  return pkg.names.filter(
    (name) =>
      name !== '[Content_Types].xml' &&
      !overrides.has(name) &&
      !defaults.has(name.slice(name.lastIndexOf('.') + 1).toLowerCase()),
  );
}

/** Overrides naming a part the package does not hold. */
export function danglingOverrides(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  const types = text(pkg, '[Content_Types].xml');
  return [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]).filter((p) => !pkg.has(p));
}

/** Internal relationships whose target part is missing, as `source → target`. */
export function unresolvedRelationships(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  const out: string[] = [];
  for (const name of pkg.names) {
    if (!name.endsWith('.rels')) continue;
    const source = name.replace(/(^|\/)_rels\//, '$1').replace(/\.rels$/, '');
    for (const rel of readRelationships(pkg, source)) {
      if (rel.part !== undefined && !pkg.has(rel.part)) out.push(`${source} → ${rel.target}`);
    }
    expectRelsPath(source, name);
  }
  return out;
}

function expectRelsPath(source: string, name: string): void {
  if (relsPathOf(source) !== name) throw new Error(`unexpected rels part ${name}`);
}

/** Every VML shape id in the package, with duplicates. */
export function vmlShapeIds(bytes: Uint8Array): string[] {
  const pkg = openPackage(bytes);
  return pkg.names
    .filter((name) => name.endsWith('.vml'))
    .flatMap((name) =>
      [...text(pkg, name).matchAll(/<\w+:shape\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]),
    );
}

/** CT_Worksheet's children, in schema order. */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
/** CT_Workbook's children, in schema order. */
export const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];
/** CT_Stylesheet's children, in schema order. */
export const STYLES_ORDER = [
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

/** The root's child elements (local names) in document order. */
export function rootChildren(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)(?:[\w.-]+:)?([\w.-]+)[^>]*?(\/?)>/g)) {
    if (m[0].startsWith('<?') || m[0].startsWith('<!')) continue;
    if (m[1]) depth--;
    else {
      if (depth === 1) out.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return out;
}

/** True when `children` follow `order` (repeats allowed, unknown names ignored). */
export function inSchemaOrder(children: readonly string[], order: readonly string[]): boolean {
  let last = -1;
  for (const child of children) {
    const at = order.indexOf(child);
    if (at < 0) continue;
    if (at < last) return false;
    last = at;
  }
  return true;
}
