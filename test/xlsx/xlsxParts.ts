/**
 * Hand-made .xlsx packages for reader tests: the minimal parts Excel needs, with the sheet XML
 * written by the test, zipped with fflate in the order the test asks for.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';

export interface SheetPart {
  readonly name: string;
  readonly state?: 'hidden' | 'veryHidden';
  /** The children of <worksheet>: <sheetData>…</sheetData>, <mergeCells>… */
  readonly body: string;
  /** Relationships of the sheet (for hyperlinks), as Id → external target. */
  readonly rels?: Readonly<Record<string, string>>;
}

export interface PackageSpec {
  readonly sheets: readonly SheetPart[];
  /** <si> elements, verbatim. */
  readonly sharedStrings?: readonly string[];
  /** <numFmt> elements and the numFmtId of each <xf> in cellXfs (index 0 is the default). */
  readonly numFmts?: readonly string[];
  readonly cellXfs?: readonly number[];
  readonly date1904?: boolean;
  /** Put xl/sharedStrings.xml before the sheets in the zip, as Excel does. */
  readonly sharedStringsFirst?: boolean;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function buildPackage(spec: PackageSpec): Uint8Array {
  const parts: [string, string][] = [];
  const contentTypes =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    spec.sheets
      .map(
        (_s, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>';
  parts.push(['[Content_Types].xml', contentTypes]);
  parts.push([
    '_rels/.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  parts.push([
    'xl/workbook.xml',
    `${XML}<workbook ${NS} ${REL_NS}>${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>` +
      spec.sheets
        .map(
          (s, i) =>
            `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('') +
      '</sheets></workbook>',
  ]);
  const n = spec.sheets.length;
  parts.push([
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${PKG_REL}">` +
      spec.sheets
        .map(
          (_s, i) =>
            `<Relationship Id="rId${i + 1}" Type="${DOC_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${n + 1}" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  ]);
  const xfs = spec.cellXfs ?? [0];
  parts.push([
    'xl/styles.xml',
    `${XML}<styleSheet ${NS}>` +
      (spec.numFmts?.length
        ? `<numFmts count="${spec.numFmts.length}">${spec.numFmts.join('')}</numFmts>`
        : '') +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
      '<borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">` +
      xfs
        .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`)
        .join('') +
      '</cellXfs></styleSheet>',
  ]);
  const shared: [string, string] = [
    'xl/sharedStrings.xml',
    `${XML}<sst ${NS} count="${spec.sharedStrings?.length ?? 0}" uniqueCount="${spec.sharedStrings?.length ?? 0}">${(spec.sharedStrings ?? []).join('')}</sst>`,
  ];
  if (spec.sharedStringsFirst) parts.push(shared);
  spec.sheets.forEach((sheet, i) => {
    parts.push([
      `xl/worksheets/sheet${i + 1}.xml`,
      `${XML}<worksheet ${NS} ${REL_NS}>${sheet.body}</worksheet>`,
    ]);
    if (sheet.rels) {
      parts.push([
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `${XML}<Relationships xmlns="${PKG_REL}">` +
          Object.entries(sheet.rels)
            .map(
              ([id, target]) =>
                `<Relationship Id="${id}" Type="${DOC_REL}/hyperlink" Target="${escapeAttribute(target)}" TargetMode="External"/>`,
            )
            .join('') +
          '</Relationships>',
      ]);
    }
  });
  if (!spec.sharedStringsFirst) parts.push(shared);
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of parts) files[name] = strToU8(text);
  return zipSync(files);
}

/** The same package with its parts re-zipped in another order (names in `first` go first). */
export function rezip(bytes: Uint8Array, first: (name: string) => boolean): Uint8Array {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const ordered: Record<string, Uint8Array> = {};
  for (const name of names.filter(first)) ordered[name] = files[name];
  for (const name of names.filter((name) => !first(name))) ordered[name] = files[name];
  return zipSync(ordered);
}

/** Zip entry names in stored order. */
export function partOrder(bytes: Uint8Array): string[] {
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      names.push(file.name);
      return false;
    },
  });
  return names;
}
