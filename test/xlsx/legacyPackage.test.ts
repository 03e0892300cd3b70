import { SSF, utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { readLegacyWorkbookGrid } from '../../src/xlsx/legacy';
import { legacyToXlsxPackage } from '../../src/xlsx/legacyPackage';
import { FIXTURE_DIR } from '../support/cli';
import {
  cellsOf,
  openPackage,
  partsWithoutContentType,
  unresolvedRelationships,
} from './patch/packageView';

/**
 * A binary .xls (BIFF8) written by SheetJS: every kind of value, number formats, a merge over a
 * cell that still holds a value, column widths, a hidden and a very hidden sheet.
 */
function kindsXls(): Uint8Array {
  const main: WorkSheet = utils.aoa_to_sheet([
    ['2023年预算表', '标题下被合并的值'],
    ['项目', '预算数', '比例', '说明', '是否'],
    ['基本支出', 1234567.89, 0.125, '=SUM(B3:B4)', true],
    ['项目支出', -0.1, 1, '007', false],
  ]);
  const format = (address: string, z: string): void => {
    (main[address] as CellObject).z = z;
  };
  format('B3', '#,##0.00');
  format('C3', '0.00%');
  format('B4', '#,##0.00"元"');
  main.F3 = { t: 'e', v: 0x2a, w: '#N/A' };
  main.F4 = { t: 'e', v: 0x07, w: '#DIV/0!' };
  main['!ref'] = 'A1:F4';
  main['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
  main['!cols'] = [{ wch: 30 }, { wch: 14 }];
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, main, '预算表');
  utils.book_append_sheet(workbook, utils.aoa_to_sheet([['隐藏', 5]]), '隐藏');
  utils.book_append_sheet(workbook, utils.aoa_to_sheet([['深藏', 6]]), '深藏');
  workbook.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 2 }] };
  return new Uint8Array(write(workbook, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

const sheetXml = (pkg: Uint8Array, part: string): string => openPackage(pkg).text(part) ?? '';

describe('an .xls / .et as a new .xlsx package (SheetJS CE writer)', () => {
  const xls = kindsXls();
  const copy = legacyToXlsxPackage(xls);

  it('reads back through the fast reader as the same grid the .xls gives, every cell', () => {
    const grid = readWorkbookGrid(copy);
    expect(grid).toEqual(readLegacyWorkbookGrid(xls));
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['预算表', 'visible'],
      ['隐藏', 'hidden'],
      ['深藏', 'veryHidden'],
    ]);
    const [main] = grid.sheets;
    expect(main.rows).toEqual([
      ['2023年预算表'],
      ['项目', '预算数', '比例', '说明', '是否'],
      ['基本支出', 1234567.89, 0.125, '=SUM(B3:B4)', true, { error: '#N/A' }],
      ['项目支出', -0.1, 1, '007', false, { error: '#DIV/0!' }],
    ]);
    expect(main.numFmts[2]?.[1]).toBe('#,##0.00');
    expect(main.numFmts[2]?.[2]).toBe('0.00%');
    expect(main.numFmts[3]?.[1]).toBe('#,##0.00"元"');
    expect(main.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  });

  it('writes no formula: text that looks like one stays text, column widths are kept', () => {
    const cells = cellsOf(copy);
    const sheets = [
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ];
    for (const part of sheets) expect(sheetXml(copy, part)).not.toMatch(/<f[ >]/);
    expect(cells['预算表!D3'].type).toBe('s');
    expect(sheetXml(copy, sheets[0])).toContain(
      '<cols><col min="1" max="1" customWidth="1" width="30.83203125" level="0" outlineLevel="0"/><col min="2" max="2" customWidth="1" width="14.83203125" level="0" outlineLevel="0"/></cols>',
    );
  });

  it('is a sound package another reader opens: content types, relationships, formats', async () => {
    expect(partsWithoutContentType(copy)).toEqual([]);
    expect(unresolvedRelationships(copy)).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(copy) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('预算表');
    expect(sheet?.getCell('B3').numFmt).toBe('#,##0.00');
    expect(sheet?.getCell('C3').numFmt).toBe('0.00%');
    expect(sheet?.getCell('B4').value).toBe(-0.1);
    expect(sheet?.getCell('B1').isMerged).toBe(true);
    expect(workbook.worksheets.map((w) => w.state)).toEqual(['visible', 'hidden', 'veryHidden']);
  });

  it.each(['luosong-union-2022.xls', 'code-rollup.xls'])(
    'an .xls LibreOffice wrote (%s) gives the values of the .xlsx it was saved from; formulas keep their results only',
    (name) => {
      const bytes = readFileSync(path.join(FIXTURE_DIR, name));
      const copied = readWorkbookGrid(legacyToXlsxPackage(bytes));
      expect(copied).toEqual(readLegacyWorkbookGrid(bytes));
      const source =
        name === 'code-rollup.xls'
          ? path.join(FIXTURE_DIR, 'code-rollup.xlsx')
          : path.join(FIXTURE_DIR, '..', '..', 'examples', 'luosong-union-2022.xlsx');
      const original = readWorkbookGrid(readFileSync(source));
      expect(copied.sheets.map((sheet) => [sheet.name, sheet.rows, sheet.merges])).toEqual(
        original.sheets.map((sheet) => [sheet.name, sheet.rows, sheet.merges]),
      );
    },
  );

  it('keeps the cached result of a formula, not the formula (两节慰问 合计 row)', () => {
    const copied = legacyToXlsxPackage(
      readFileSync(path.join(FIXTURE_DIR, 'luosong-union-2022.xls')),
    );
    const cells = cellsOf(copied);
    expect(
      ['D6', 'F6', 'G6', 'H6'].map((cell) => cells[`两节慰问发放明细!${cell}`].content),
    ).toEqual(['<v>606</v>', '<v>220400</v>', '<v>150000</v>', '<v>70400</v>']);
  });

  it("every format of SheetJS's table, and a date-time, read the same from the .xls and the copy", () => {
    const table = (SSF as { get_table(): Record<number, string> }).get_table();
    const formats = Object.values(table).filter((format) => format !== 'General');
    // A time of day that is no whole millisecond: both readers take it through a Date.
    const sheet = utils.aoa_to_sheet([formats.map(() => 45000.123456789)]);
    formats.forEach((z, c) => ((sheet[utils.encode_cell({ r: 0, c })] as CellObject).z = z));
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, sheet, '格式');
    const bytes = new Uint8Array(
      write(workbook, { type: 'array', bookType: 'biff8' }) as ArrayBuffer,
    );
    const legacy = readLegacyWorkbookGrid(bytes).sheets[0];
    const copied = readWorkbookGrid(legacyToXlsxPackage(bytes)).sheets[0];
    expect(copied).toEqual(legacy);
    // Built-in formats by the fast reader's names (ExcelJS's table), whatever SheetJS calls them.
    expect(legacy.numFmts[0]?.[formats.indexOf('m/d/yy')]).toBe('mm-dd-yy');
    expect(legacy.rows[0]?.[formats.indexOf('m/d/yy')]).not.toBe(45000.123456789);
    expect(legacy.rows[0]?.[formats.indexOf('0.00')]).toBe(45000.123456789);
  });
});
