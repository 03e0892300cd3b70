import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '../../src/core/model/grid';
import { unknownFigure } from '../../src/core/model/grid';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { createSheetParser } from '../../src/xlsx/fast/sheet';
import { NO_STYLES } from '../../src/xlsx/fast/styles';
import { buildPackage } from './xlsxParts';

async function viaExcelJs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbookGridOf(workbook);
}

const NO_RESULT = unknownFigure('no-result');

describe('formula text in the grid, by both readers', () => {
  // 0 General, 1 '#,##0.00'
  const base = { cellXfs: [0, 4], sharedStrings: ['<si><t>合计</t></si>'] };
  const body =
    '<sheetData>' +
    '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>0</v></c>' +
    // A master filled right to D2, its children without text; a cached result kept as the figure.
    '<c r="B2" s="1"><f t="shared" ref="B2:D2" si="0">SUM(A1:A1)+$A$1+\'Other Sheet\'!B$3</f></c>' +
    '<c r="C2" s="1"><f t="shared" si="0"/></c><c r="D2" s="1"><f t="shared" si="0"/><v>7</v></c>' +
    // An array formula kept as text; a formula with an empty cached result.
    '<c r="E2"><f t="array" ref="E2">SUM(A1:C1*2)</f></c><c r="F2" t="str"><f>"x"&amp;""</f><v>x</v></c></row>' +
    // Filled down: relative rows move, a whole column stays.
    '<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="1">SUM(B:B)-A2</f><v>5</v></c></row>' +
    '<row r="4"><c r="A4"><f t="shared" si="1"/></c></row>' +
    '</sheetData>';
  const bytes = buildPackage({
    ...base,
    sheets: [
      { name: 'S', body },
      { name: 'Other Sheet', body: '<sheetData/>' },
    ],
  });

  it('keeps each formula’s text, expands shared formulas, and marks those without a result', async () => {
    const grid = readWorkbookGrid(bytes);
    expect(grid).toStrictEqual(await viaExcelJs(bytes));
    const sheet = grid.sheets[0];
    expect(sheet.formulas?.[1]).toEqual([
      undefined,
      "SUM(A1:A1)+$A$1+'Other Sheet'!B$3",
      "SUM(B1:B1)+$A$1+'Other Sheet'!C$3",
      "SUM(C1:C1)+$A$1+'Other Sheet'!D$3",
      'SUM(A1:C1*2)',
      '"x"&""',
    ]);
    expect(sheet.formulas?.[2]).toEqual(['SUM(B:B)-A2']);
    expect(sheet.formulas?.[3]).toEqual(['SUM(B:B)-A3']);
    expect(sheet.rows[1]).toEqual(['合计', NO_RESULT, NO_RESULT, 7, NO_RESULT, 'x']);
    expect(sheet.rows[2]).toEqual([5]);
    expect(sheet.rows[3]).toEqual([NO_RESULT]);
    // The format of a formula without result is kept: its evaluated figure shows in it.
    expect(sheet.numFmts[1]).toEqual([undefined, '#,##0.00', '#,##0.00', '#,##0.00']);
    expect(grid.sheets[1].formulas).toBeUndefined();
  });

  it('reads an empty cached text <v/> as empty, an empty number <v/> (openpyxl) as no result', () => {
    const parser = createSheetParser(
      { sharedStrings: [], styles: NO_STYLES, date1904: false },
      new Set(),
      undefined,
    );
    parser.push(
      new TextEncoder().encode(
        '<sheetData><row r="1"><c r="A1" t="str"><f>IF(B1=0,"",B1)</f><v></v></c>' +
          '<c r="B1" t="str"><f>""</f><v/></c><c r="C1"><f>B1+1</f></c>' +
          '<c r="D1" s="0"><f>SUM(A1:C1)</f><v/></c><c r="E1"><f>D1*2</f><v></v></c></row></sheetData>',
      ),
      true,
    );
    const sheet = parser.finish('S', 'visible');
    // ExcelJS cannot tell `<v/>` from no `<v>`: its adapter reads all as without result.
    expect(sheet.rows[0]).toEqual([null, null, NO_RESULT, NO_RESULT, NO_RESULT]);
    expect(sheet.formulas?.[0]).toEqual(['IF(B1=0,"",B1)', '""', 'B1+1', 'SUM(A1:C1)', 'D1*2']);
  });
});
