import { read } from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readLegacyWorkbookGrid } from '../../src/xlsx/legacy';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { FIXTURE_DIR } from '../support/cli';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An .xlsx whose comment is anchored at `__proto__`: CVE-2023-30533's crafted file. */
function protoCommentPackage(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    ),
    'xl/worksheets/_rels/sheet1.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/></Relationships>`,
    ),
    'xl/comments1.xml': strToU8(
      `<?xml version="1.0"?><comments xmlns="${NS}"><authors><author>x</author></authors><commentList><comment ref="__proto__" authorId="0"><text><t>polluted</t></text></comment></commentList></comments>`,
    ),
  });
}

describe('.xls / .et through SheetJS CE (@e965/xlsx 0.20.3)', () => {
  it('reads the .xls LibreOffice wrote from a fixture as the same grid as the .xlsx', () => {
    const xls = readLegacyWorkbookGrid(readFileSync(path.join(FIXTURE_DIR, 'code-rollup.xls')));
    const xlsx = readWorkbookGrid(readFileSync(path.join(FIXTURE_DIR, 'code-rollup.xlsx')));
    expect(xls).toEqual(xlsx);
  });

  it('CVE-2023-30533: a comment anchored at __proto__ does not pollute Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const workbook = read(protoCommentPackage(), { type: 'array' });
    expect(workbook.SheetNames).toEqual(['Sheet1']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).c).toBeUndefined();
    expect(({} as Record<string, unknown>).t).toBeUndefined();
  });
});
