/**
 * Feature-rich workbooks built part by part (no writer on npm makes charts, pivot tables,
 * threaded comments or VBA projects): the corpus the package patcher must keep byte for byte.
 */
import { zipSync, type Zippable } from 'fflate';

export type Feature =
  | 'chart'
  | 'image'
  | 'pivot'
  | 'validation'
  | 'conditional'
  | 'frozen'
  | 'names'
  | 'notes'
  | 'threaded'
  | 'custom'
  | 'vba';

export const ALL_FEATURES: readonly Feature[] = [
  'chart',
  'image',
  'pivot',
  'validation',
  'conditional',
  'frozen',
  'names',
  'notes',
  'threaded',
  'custom',
  'vba',
];

export interface CorpusSpec {
  readonly features: readonly Feature[];
  /** Bind the main namespace to `x:` in every SpreadsheetML part, as OpenXML SDK writers do. */
  readonly prefixed?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Writes a SpreadsheetML part unprefixed, or with every element under `x:`. */
function sml(xml: string, prefixed: boolean): string {
  if (!prefixed)
    return DECL + xml.replace('<ROOT', `<ROOT xmlns="${MAIN}"`).replace(/ROOT/g, rootName(xml));
  const root = rootName(xml);
  const body = xml
    .replace(/<ROOT/, `<ROOT xmlns:x="${MAIN}"`)
    .replace(/ROOT/g, root)
    .replace(
      /<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g,
      (_m, slash: string, name: string) => `<${slash}x:${name}`,
    );
  return DECL + body;
}

function rootName(xml: string): string {
  return /^<!--(\w+)-->/.exec(xml)?.[1] ?? 'worksheet';
}

function rels(list: readonly [string, string, string][]): string {
  return `${DECL}<Relationships xmlns="${PKG_R}">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

const T = (type: string): string => `${R}/${type}`;

function inline(ref: string, text: string, s = 0): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`;
}
function num(ref: string, value: number, s = 0): string {
  return `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${value}</v></c>`;
}

/** 基本支出 执行数 stated as 161.70 while 人员经费 + 公用经费 = 161.86: an error on C5. */
function budgetRows(): string {
  return [
    `<row r="1">${inline('A1', '2022年度预算执行情况表', 1)}</row>`,
    `<row r="2">${inline('A2', '单位：万元')}</row>`,
    `<row r="4">${inline('A4', '项目')}${inline('B4', '预算数')}${inline('C4', '执行数')}${inline('D4', '备注')}</row>`,
    `<row r="5">${inline('A5', '基本支出')}${num('B5', 161.87)}${num('C5', 161.7, 2)}<c r="D5" s="2"/></row>`,
    `<row r="6">${inline('A6', '人员经费')}${num('C6', 141.1)}</row>`,
    `<row r="7">${inline('A7', '公用经费')}${num('C7', 20.76)}</row>`,
    `<row r="8">${inline('A8', '项目支出')}${num('B8', 15)}${num('C8', 15)}</row>`,
    `<row r="9">${inline('A9', '两节慰问')}${num('B9', 15)}${num('C9', 15)}${inline('D9', '区级专项资金')}</row>`,
    `<row r="10">${inline('A10', '合计')}${num('B10', 176.87)}${num('C10', 176.87)}</row>`,
  ].join('');
}

const STYLES = `<!--styleSheet--><ROOT><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.3999755851924192"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="2" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></ROOT>`;

const CHART = `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'预算执行表'!$C$5:$C$10</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="100"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="100"/></c:catAx><c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);

function drawing(chart: boolean, image: boolean): string {
  const anchor = (from: number, inner: string): string =>
    `<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from + 12}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;
  const frame = `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const pic = `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rIdImage"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;
  return `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">${chart ? anchor(2, frame) : ''}${image ? anchor(16, pic) : ''}</xdr:wsDr>`;
}

function comments(threaded: boolean, prefixed: boolean): string {
  const rich = `<comment ref="C5" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>张三:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">\n请复核此数</t></r></text></comment>`;
  const plain = `<comment ref="D5" authorId="0"><text><t>待财务科确认</t></text></comment>`;
  const thread = threaded
    ? `<comment ref="B8" authorId="1" shapeId="0"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment.\n\nComment:\n    预算数已核</t></text></comment>`
    : '';
  return sml(
    `<!--comments--><ROOT><authors><author>张三</author>${threaded ? '<author>tc={5F0F2E3A-1111-4C1B-9E7A-000000000001}</author>' : ''}</authors><commentList>${rich}${plain}${thread}</commentList></ROOT>`,
    prefixed,
  );
}

function vmlShape(id: number, row: number, col: number): string {
  return `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
}

function vml(threaded: boolean): string {
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${vmlShape(1025, 4, 2)}${vmlShape(1026, 4, 3)}${threaded ? vmlShape(1027, 7, 1) : ''}</xml>`;
}

const PIVOT_CACHE = `<!--pivotCacheDefinition--><ROOT xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A4:C6" sheet="预算执行表"/></cacheSource><cacheFields count="2"><cacheField name="项目" numFmtId="0"><sharedItems count="2"><s v="基本支出"/><s v="人员经费"/></sharedItems></cacheField><cacheField name="执行数" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="141.1" maxValue="161.7"/></cacheField></cacheFields></ROOT>`;
const PIVOT_RECORDS = `<!--pivotCacheRecords--><ROOT count="2"><r><x v="0"/><n v="161.7"/></r><r><x v="1"/><n v="141.1"/></r></ROOT>`;
const PIVOT_TABLE = `<!--pivotTableDefinition--><ROOT name="数据透视表1" cacheId="1" dataCaption="值" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1"><location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:执行数" fld="1" baseField="0" baseItem="0"/></dataFields></ROOT>`;

const THREADED = `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><threadedComment ref="B8" dT="2023-03-01T08:00:00.00" personId="{5F0F2E3A-0000-4C1B-9E7A-000000000001}" id="{5F0F2E3A-1111-4C1B-9E7A-000000000001}"><text>预算数已核</text></threadedComment></ThreadedComments>`;
const PERSONS = `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}"><person displayName="李四" id="{5F0F2E3A-0000-4C1B-9E7A-000000000001}" userId="lisi" providerId="None"/></personList>`;
const CUSTOM = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="部门"><vt:lpwstr>财务科</vt:lpwstr></property></Properties>`;
/** Not a real compiled project, but bytes the patcher must carry as they are. */
const VBA = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251);

export interface Corpus {
  readonly bytes: Uint8Array;
  /** The file extension it should carry. */
  readonly extension: '.xlsx' | '.xlsm';
}

/** One workbook of the corpus: the budget sheet and a second sheet, with the chosen features. */
export function buildCorpusWorkbook(spec: CorpusSpec): Corpus {
  const has = (feature: Feature): boolean => spec.features.includes(feature);
  const prefixed = spec.prefixed ?? false;
  const files: Record<string, Uint8Array | string> = {};
  const overrides: [string, string][] = [];
  const ct = (part: string, type: string): void => void overrides.push([part, type]);
  const wbRels: [string, string, string][] = [
    ['rId1', T('worksheet'), 'worksheets/sheet1.xml'],
    ['rId2', T('worksheet'), '/xl/worksheets/data.xml'],
    ['rId3', T('styles'), 'styles.xml'],
  ];
  const sheetRels: [string, string, string][] = [];
  const tail: string[] = [];
  if (has('conditional'))
    tail.push(
      `<conditionalFormatting sqref="C5:C10"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>`,
    );
  if (has('validation'))
    tail.push(
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E5:E10"><formula1>"是,否"</formula1></dataValidation></dataValidations>`,
    );
  tail.push(
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  if (has('chart') || has('image')) {
    files['xl/drawings/drawing1.xml'] = drawing(has('chart'), has('image'));
    ct('/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
    const drawingRels: [string, string, string][] = [];
    if (has('chart')) {
      files['xl/charts/chart1.xml'] = CHART;
      ct(
        '/xl/charts/chart1.xml',
        'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      );
      drawingRels.push(['rIdChart', T('chart'), '../charts/chart1.xml']);
    }
    if (has('image')) {
      files['xl/media/image1.png'] = PNG;
      drawingRels.push(['rIdImage', T('image'), '../media/image1.png']);
    }
    files['xl/drawings/_rels/drawing1.xml.rels'] = rels(drawingRels);
    sheetRels.push(['rIdDrawing', T('drawing'), '../drawings/drawing1.xml']);
    tail.push('<drawing r:id="rIdDrawing"/>');
  }
  if (has('notes') || has('threaded')) {
    files['xl/comments1.xml'] = comments(has('threaded'), prefixed);
    ct(
      '/xl/comments1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
    );
    files['xl/drawings/vmlDrawing1.vml'] = vml(has('threaded'));
    sheetRels.push(['rIdComments', T('comments'), '../comments1.xml']);
    sheetRels.push(['rIdVml', T('vmlDrawing'), '../drawings/vmlDrawing1.vml']);
    tail.push('<legacyDrawing r:id="rIdVml"/>');
  }
  if (has('threaded')) {
    files['xl/threadedComments/threadedComment1.xml'] = THREADED;
    ct(
      '/xl/threadedComments/threadedComment1.xml',
      'application/vnd.ms-excel.threadedcomments+xml',
    );
    sheetRels.push([
      'rIdThreaded',
      'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
      '../threadedComments/threadedComment1.xml',
    ]);
    files['xl/persons/person.xml'] = PERSONS;
    ct('/xl/persons/person.xml', 'application/vnd.ms-excel.person+xml');
    wbRels.push([
      'rId9',
      'http://schemas.microsoft.com/office/2017/10/relationships/person',
      'persons/person.xml',
    ]);
  }
  const views = has('frozen')
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A5" sqref="A5"/></sheetView></sheetViews>'
    : '';
  files['xl/worksheets/sheet1.xml'] = sml(
    `<!--worksheet--><ROOT xmlns:r="${R}"><dimension ref="A1:D10"/>${views}<sheetData>${budgetRows()}</sheetData>${tail.join('')}</ROOT>`,
    prefixed,
  );
  if (sheetRels.length) files['xl/worksheets/_rels/sheet1.xml.rels'] = rels(sheetRels);
  files['xl/worksheets/data.xml'] = sml(
    `<!--worksheet--><ROOT><sheetData><row r="1">${inline('A1', '说明')}</row><row r="2">${inline('A2', '本表数据来自财务系统')}</row></sheetData></ROOT>`,
    prefixed,
  );
  let pivotCaches = '';
  if (has('pivot')) {
    files['xl/pivotCache/pivotCacheDefinition1.xml'] = sml(PIVOT_CACHE, prefixed);
    files['xl/pivotCache/pivotCacheRecords1.xml'] = sml(PIVOT_RECORDS, prefixed);
    files['xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels'] = rels([
      ['rId1', T('pivotCacheRecords'), 'pivotCacheRecords1.xml'],
    ]);
    files['xl/pivotTables/pivotTable1.xml'] = sml(PIVOT_TABLE, prefixed);
    files['xl/pivotTables/_rels/pivotTable1.xml.rels'] = rels([
      ['rId1', T('pivotCacheDefinition'), '../pivotCache/pivotCacheDefinition1.xml'],
    ]);
    files['xl/worksheets/_rels/data.xml.rels'] = rels([
      ['rId1', T('pivotTable'), '../pivotTables/pivotTable1.xml'],
    ]);
    ct(
      '/xl/pivotCache/pivotCacheDefinition1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
    );
    ct(
      '/xl/pivotCache/pivotCacheRecords1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
    );
    ct(
      '/xl/pivotTables/pivotTable1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
    );
    wbRels.push(['rId8', T('pivotCacheDefinition'), 'pivotCache/pivotCacheDefinition1.xml']);
    pivotCaches = '<pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches>';
  }
  const names = has('names')
    ? `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'预算执行表'!$4:$4</definedName><definedName name="执行数合计">'预算执行表'!$C$10</definedName></definedNames>`
    : '';
  files['xl/workbook.xml'] = sml(
    `<!--workbook--><ROOT xmlns:r="${R}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="预算执行表" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets>${names}<calcPr calcId="191029"/>${pivotCaches}</ROOT>`,
    prefixed,
  );
  files['xl/styles.xml'] = sml(STYLES, prefixed);
  const macro = has('vba');
  if (macro) {
    files['xl/vbaProject.bin'] = VBA;
    wbRels.push([
      'rId7',
      'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
      'vbaProject.bin',
    ]);
  }
  files['xl/_rels/workbook.xml.rels'] = rels(wbRels);
  const packageRels: [string, string, string][] = [
    ['rId1', T('officeDocument'), 'xl/workbook.xml'],
    [
      'rId2',
      'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
      'docProps/core.xml',
    ],
  ];
  files['docProps/core.xml'] =
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>会计</dc:creator></cp:coreProperties>`;
  ct('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml');
  if (has('custom')) {
    files['docProps/custom.xml'] = CUSTOM;
    ct(
      '/docProps/custom.xml',
      'application/vnd.openxmlformats-officedocument.custom-properties+xml',
    );
    packageRels.push(['rId3', T('custom-properties'), 'docProps/custom.xml']);
  }
  files['_rels/.rels'] = rels(packageRels);
  const mainType = macro
    ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const worksheet = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  const types = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    '<Default Extension="png" ContentType="image/png"/>',
    has('notes') || has('threaded')
      ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
      : '',
    macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : '',
    `<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>`,
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${worksheet}"/>`,
    `<Override PartName="/xl/worksheets/data.xml" ContentType="${worksheet}"/>`,
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`),
  ].join('');
  files['[Content_Types].xml'] =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types}</Types>`;
  const encoder = new TextEncoder();
  const zippable: Zippable = {};
  // [Content_Types].xml first, as writers put it; then the rest; mixed compression levels.
  for (const name of [
    '[Content_Types].xml',
    ...Object.keys(files).filter((n) => n !== '[Content_Types].xml'),
  ]) {
    const content = files[name];
    const data = typeof content === 'string' ? encoder.encode(content) : content;
    zippable[name] = [data, { level: name.endsWith('.png') ? 0 : name.length % 2 ? 9 : 1 }];
  }
  return { bytes: zipSync(zippable), extension: macro ? '.xlsm' : '.xlsx' };
}
