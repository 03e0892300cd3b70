import { FFLATE_CODEC } from '../../src/xlsx/patch/codec';
import { readSheets, workbookPartOf } from '../../src/xlsx/patch/parts';
import {
  attribute,
  contentRange,
  decodeEntities,
  element,
  elements,
  escapeAttribute,
  escapeText,
  insertChild,
  rootPrefix,
} from '../../src/xlsx/patch/xml';
import { ZipPackage } from '../../src/xlsx/patch/zipPackage';
import type { SimDocument, SimName } from './state';

/**
 * Sheet-scoped defined names between the simulator and the package, as Excel opens and saves
 * them: `<definedName name="…" localSheetId="i" hidden="1">formula without =</definedName>` in
 * xl/workbook.xml, `localSheetId` the sheet's position in `<sheets>`. ExcelJS keeps only names
 * that are ranges, so the simulator reads and writes these itself.
 */

/** Built-in names (`_xlnm.Print_Area` …) are the writer's business, not `Worksheet.names`. */
const BUILT_IN = /^_xlnm\./i;

/** Sets each sheet's names from the package's sheet-scoped defined names. */
export function readPackageNames(doc: SimDocument, bytes: Uint8Array): void {
  const pkg = new ZipPackage(bytes, FFLATE_CODEC);
  const part = workbookPartOf(pkg);
  const xml = pkg.text(part) ?? '';
  const sheets = readSheets(pkg, part);
  for (const found of elements(xml, 'definedName')) {
    const name = attribute(found.text, 'name') ?? '';
    const local = attribute(found.text, 'localSheetId');
    const owner = local === undefined ? undefined : sheets[Number(local)];
    const sheet = owner && doc.sheets.find((s) => s.name === owner.name);
    if (!sheet || BUILT_IN.test(name)) continue;
    const range = contentRange(found);
    const text = range ? decodeEntities(xml.slice(range.start, range.end)) : '';
    const hidden = attribute(found.text, 'hidden');
    const item: SimName = {
      name,
      formula: `=${text}`,
      visible: hidden !== '1' && hidden !== 'true',
      comment: attribute(found.text, 'comment') ?? '',
    };
    sheet.names = [...(sheet.names ?? []), item];
  }
}

/** CT_Workbook children after `definedNames`, to put a new list at its schema place. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'extLst'];

/**
 * The package with the document's sheet-scoped names added to xl/workbook.xml (the package was
 * written from the document, so sheets are in the document's order).
 */
export function writePackageNames(doc: SimDocument, bytes: Uint8Array): Uint8Array {
  const pkg = new ZipPackage(bytes, FFLATE_CODEC);
  const part = workbookPartOf(pkg);
  let xml = pkg.text(part) ?? '';
  const p = rootPrefix(xml);
  const order = readSheets(pkg, part).map((s) => s.name);
  const tags = doc.sheets.flatMap((sheet) =>
    (sheet.names ?? []).map((item) => {
      const hidden = item.visible ? '' : ' hidden="1"';
      const comment = item.comment ? ` comment="${escapeAttribute(item.comment)}"` : '';
      const local = order.indexOf(sheet.name);
      return `<${p}definedName name="${escapeAttribute(item.name)}"${comment} localSheetId="${local}"${hidden}>${escapeText(item.formula.slice(1))}</${p}definedName>`;
    }),
  );
  if (tags.length === 0) return bytes;
  const list = element(xml, 'definedNames');
  if (list) xml = insertChild(xml, list, tags.join(''), []);
  else {
    const root = element(xml, 'workbook');
    if (!root) return bytes;
    const text = `<${p}definedNames>${tags.join('')}</${p}definedNames>`;
    xml = insertChild(xml, root, text, AFTER_DEFINED_NAMES);
  }
  pkg.write(part, xml);
  return pkg.toBytes();
}
