import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import type { CellValue } from '../../src/core/model/grid';
import { readSharedStrings } from '../../src/xlsx/fast/sharedStrings';
import { NO_STYLES } from '../../src/xlsx/fast/styles';
import { createSheetParser, readSheetBytes, type SheetContext } from '../../src/xlsx/fast/sheet';

const context: SheetContext = {
  sharedStrings: ['项目', '金额'],
  styles: NO_STYLES,
  date1904: false,
};
const NONE = new Set<string>();

/** The sheet fed to the parser cut at the given offsets. */
function readInPieces(bytes: Uint8Array, cuts: number[], within = context) {
  const parser = createSheetParser(within, NONE, undefined);
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  for (const point of points) {
    parser.push(bytes.subarray(from, point), false);
    from = point;
  }
  parser.push(bytes.subarray(from), true);
  return parser.finish('S', 'visible');
}

const handWritten = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet xmlns="x"><!-- a <comment> --><sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>内联&amp;文本</t></is></c>' +
    '<c r="C1" t="str"><f>A1</f><v>line\r\nbreak</v></c><c r="D1"><v>12.5</v></c>' +
    '<c r="E1" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></is></c></row>' +
    '<row r="2"><c r="A2"><f>SUM(D1)</f><v>12.5</v></c><c r="B2" t="s"><v>1</v></c>' +
    '<c r="C2"><![CDATA[ignored <v>1</v> ]]><v>3</v></c><?pi <x>?><c r="D2" t="b"><v>1</v></c></row>' +
    '</sheetData><mergeCells count="1"><mergeCell ref="A4:B5"/></mergeCells></worksheet>',
);

describe('sheet parser fed in chunks', () => {
  it('reads the hand-written sheet as a whole', () => {
    const grid = readSheetBytes(handWritten, 'S', 'visible', context, undefined);
    const expected: CellValue[][] = [];
    expected[0] = ['项目', '内联&文本', 'line\nbreak', 12.5, '富文本'];
    expected[1] = [12.5, '金额', 3, true];
    expected[3] = []; // rows covered by the merge A4:B5 exist, empty
    expected[4] = [];
    expect(grid.rows).toStrictEqual(expected);
    expect(grid.merges).toStrictEqual([{ top: 3, left: 0, bottom: 4, right: 1 }]);
  });

  it('ignores a <c> outside any <row> (ExcelJS loses the rest of the sheet there)', () => {
    const xml = new TextEncoder().encode(
      '<worksheet><sheetData><c r="A1"><v>1</v></c><row r="2"><c r="B2"><v>2</v></c></row>' +
        '<c r="C3"><v>3</v></c></sheetData><mergeCells><mergeCell ref="A5:B5"/></mergeCells></worksheet>',
    );
    const grid = readSheetBytes(xml, 'S', 'visible', context, undefined);
    const expected: CellValue[][] = [];
    expected[1] = [null, 2];
    expected[4] = [];
    expect(grid.rows).toStrictEqual(expected);
    expect(grid.merges).toHaveLength(1);
  });

  it('property: any cut points give the same grid', () => {
    const whole = readSheetBytes(handWritten, 'S', 'visible', context, undefined);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: handWritten.length }), { maxLength: 40 }), (cuts) => {
        expect(readInPieces(handWritten, cuts)).toStrictEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('reads a sheet written by ExcelJS byte by byte', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    for (let r = 1; r <= 30; r++) sheet.addRow([r, `名字${r}`, r * 1.5, r % 2 === 0]);
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const xml = parts['xl/worksheets/sheet1.xml'];
    const own = { ...context, sharedStrings: readSharedStrings(parts['xl/sharedStrings.xml']) };
    const everyByte = Array.from({ length: xml.length }, (_, i) => i);
    const whole = readSheetBytes(xml, 'S', 'visible', own, undefined);
    expect(whole.rows[29]).toStrictEqual([30, '名字30', 45, true]);
    expect(readInPieces(xml, everyByte, own)).toStrictEqual(whole);
  });
});
