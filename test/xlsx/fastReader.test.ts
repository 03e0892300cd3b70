import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import type { WorkbookGrid } from '../../src/core/model/grid';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { NotAWorkbookError, readWorkbookGrid } from '../../src/xlsx/fast';
import { nodeInflateRaw } from '../../src/xlsx/fast/nodeInflate';
import { buildPackage, partOrder, rezip, type PackageSpec } from './xlsxParts';

async function viaExcelJs(bytes: Uint8Array): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbookGridOf(workbook);
}

/**
 * Both readers on the same bytes, the fast one streaming through fflate and inflating whole
 * parts with node:zlib; returns the fast reader's grid for further assertions.
 */
async function expectSameGrid(bytes: Uint8Array): Promise<WorkbookGrid> {
  const fast = readWorkbookGrid(bytes);
  expect(fast).toStrictEqual(await viaExcelJs(bytes));
  expect(readWorkbookGrid(bytes, { inflateRaw: nodeInflateRaw })).toStrictEqual(fast);
  return fast;
}

const sharedStringsFirst = (name: string): boolean => name === 'xl/sharedStrings.xml';

function sheet(grid: WorkbookGrid, name: string) {
  const found = grid.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('fast reader = ExcelJS reader', () => {
  describe('fixture workbooks under test/fixtures and examples', () => {
    const root = path.join(__dirname, '..', '..');
    const files = ['test/fixtures', 'examples'].flatMap((folder) =>
      readdirSync(path.join(root, folder))
        .filter((name) => name.endsWith('.xlsx'))
        .map((name) => `${folder}/${name}`),
    );

    it('has fixtures to compare', () => {
      expect(files.length).toBeGreaterThan(0);
    });

    it.each(files)('%s', async (name) => {
      const bytes = new Uint8Array(await fs.readFile(path.join(root, name)));
      await expectSameGrid(bytes);
      await expectSameGrid(rezip(bytes, sharedStringsFirst));
    });
  });

  describe('a workbook written by ExcelJS with every kind of cell', () => {
    let bytes: Uint8Array;

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      const budget = workbook.addWorksheet('预算表');
      budget.mergeCells('A1:C1');
      budget.getCell('A1').value = '2022年预算执行情况';
      budget.getCell('A2').value = '单位：元';
      budget.addRow([]);
      budget.addRow(['项目', '预算数', '执行数', '日期', '比率', '备注']);
      budget.addRow(['人员经费', 1411000, { formula: 'B5', result: 1411000 }]);
      budget.addRow(['公用经费', 207600.5, { formula: 'B6*1', result: 207600.5 }]);
      budget.addRow(['零', 0, { formula: 'B7', result: 0 }]);
      budget.addRow([
        '合计',
        { formula: 'SUM(B5:B7)', result: 1618600.5 },
        { formula: 'SUM(C5:C7)' },
      ]);
      budget.getCell('D5').value = new Date(Date.UTC(2022, 11, 31));
      budget.getCell('D6').value = new Date(Date.UTC(2022, 0, 1, 12, 30));
      budget.getCell('E5').value = 0.987;
      budget.getCell('E5').numFmt = '0.00%';
      budget.getCell('F5').value = {
        richText: [{ text: '富' }, { text: '文本', font: { bold: true } }],
      };
      budget.getCell('F6').value = true;
      budget.getCell('F7').value = false;
      budget.getCell('F8').value = { error: '#REF!' };
      budget.getCell('G8').value = {
        formula: '1/0',
        result: { error: '#DIV/0!' },
      };
      budget.getCell('H8').value = { formula: 'F5&""', result: '富文本' };
      budget.getCell('I8').value = { formula: 'TRUE()', result: true };
      budget.getCell('J8').value = 'x & <y> "q" \'a\' _x000D_ line\r\nbreak\ttab';
      budget.getCell('K8').value = { text: '链接', hyperlink: 'https://example.org/a?b=1&c=2' };
      budget.getCell('L8').value = { text: 'internal', hyperlink: '#Sheet2!A1' };
      for (const col of ['B', 'C']) {
        for (let r = 5; r <= 8; r++) budget.getCell(`${col}${r}`).numFmt = '#,##0.00';
      }
      budget.getCell('B6').numFmt = '0.00';
      budget.getCell('C6').numFmt = '"¥"#,##0.00;[Red]-"¥"#,##0.00';
      budget.getCell('A8').numFmt = '0.00'; // a format on a text cell is not recorded
      budget.getRow(20).getCell(5).value = 'sparse row';
      budget.getRow(25).getCell(30).value = 42;
      budget.mergeCells('A30:B32');
      budget.getCell('A30').value = 'merged block';
      budget.getCell('A40').value = {
        formula: 'A41*2',
        shareType: 'shared',
        ref: 'A40:A42',
        result: 4,
      } as ExcelJS.CellValue;
      budget.getCell('A41').value = { sharedFormula: 'A40', result: 6 };
      budget.getCell('A42').value = { sharedFormula: 'A40', result: 0 };
      const roster = workbook.addWorksheet('发放明细', { state: 'hidden' });
      roster.addRow(['序号', '姓名', '身份证号', '金额']);
      for (let i = 1; i <= 50; i++)
        roster.addRow([i, `职工${i}`, `11010519491231002${i % 10}`, 300]);
      const secret = workbook.addWorksheet('registry', { state: 'veryHidden' });
      secret.getCell('A1').value = 'very hidden';
      workbook.addWorksheet('empty');
      bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    });

    it('reads the same grid', async () => {
      const grid = await expectSameGrid(bytes);
      const budget = sheet(grid, '预算表');
      expect(budget.rows[0]).toEqual(['2022年预算执行情况']);
      expect(budget.rows[4]).toEqual(['人员经费', 1411000, 1411000, 44926, 0.987, '富文本']);
      expect(budget.numFmts[4]?.[4]).toBe('0.00%');
      expect(budget.numFmts[5]?.[2]).toBe('"¥"#,##0.00;[Red]-"¥"#,##0.00');
      expect(budget.rows[7]?.[5]).toEqual({ error: '#REF!' });
      expect(budget.rows[7]?.[9]).toBe('x & <y> "q" \'a\' \r line\nbreak\ttab');
      expect(budget.merges).toContainEqual({ top: 29, left: 0, bottom: 31, right: 1 });
      expect(grid.sheets.map((s) => [s.name, s.visibility])).toEqual([
        ['预算表', 'visible'],
        ['发放明细', 'hidden'],
        ['registry', 'veryHidden'],
        ['empty', 'visible'],
      ]);
    });

    it('reads the same grid when sharedStrings.xml comes before the sheets', async () => {
      const excelOrder = rezip(bytes, sharedStringsFirst);
      const order = partOrder(excelOrder);
      expect(order.indexOf('xl/sharedStrings.xml')).toBeLessThan(
        order.indexOf('xl/worksheets/sheet1.xml'),
      );
      expect(partOrder(bytes).indexOf('xl/sharedStrings.xml')).toBeGreaterThan(
        partOrder(bytes).indexOf('xl/worksheets/sheet1.xml'),
      );
      expect(readWorkbookGrid(excelOrder)).toStrictEqual(readWorkbookGrid(bytes));
      await expectSameGrid(excelOrder);
    });
  });

  describe('hand-written XML', () => {
    const styles: Pick<PackageSpec, 'numFmts' | 'cellXfs'> = {
      numFmts: [
        '<numFmt numFmtId="164" formatCode="#,##0.00\\ &quot;元&quot;"/>',
        '<numFmt numFmtId="165" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>',
        '<numFmt numFmtId="166" formatCode="[Red]0.0"/>',
      ],
      // 0 General, 1 '0.00', 2 '#,##0.00', 3 custom 元, 4 date 14, 5 custom date, 6 [Red]0.0, 7 '0.00%'
      cellXfs: [0, 2, 4, 164, 14, 165, 166, 10],
    };
    const sharedStrings = [
      '<si><t>项目</t></si>',
      '<si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">文 本</t></r></si>',
      '<si><t>慰问</t><rPh sb="0" eb="2"><t>ウイモン</t></rPh><phoneticPr fontId="1"/></si>',
      '<si><t>a_x000D_b_x0041_c_x00e9_</t></si>',
      '<si><t>&lt;&amp;&gt;&quot;&apos;&#x4E2D;&#25991;</t></si>',
      '<si><t/></si>',
      '<si></si>',
      '<si><r><t>x</t></r><r><rPr><i/></rPr></r></si>',
      '<si><t xml:space="preserve">  spaced\r\nlines  </t></si>',
    ];
    const body =
      '<dimension ref="A1:H9"/><sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
      '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>' +
      '<c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c><c r="I1" t="s"><v>8</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>内联</t></is></c>' +
      '<c r="B2" t="inlineStr"><is><r><t>run1</t></r><r><rPr><b/></rPr><t>_x0041_run2</t></r></is></c>' +
      '<c r="C2" t="inlineStr"><is><t>a_x0041_&amp;b</t></is></c>' +
      '<c r="D2" t="str"><v>plain str &amp;amp;</v></c>' +
      '<c r="E2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c>' +
      '<c r="F2" t="b"><v>1</v></c><c r="G2" t="b"><v>0</v></c>' +
      '<c r="H2" t="e"><v>#N/A</v></c><c r="I2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
      '<row r="3"><c r="A3" s="1"><v>1234.5</v></c><c r="B3" s="2"><v>-0.125</v></c>' +
      '<c r="C3" s="3"><v>1E+3</v></c><c r="D3" s="4"><v>44926</v></c><c r="E3" s="5"><v>44926.75</v></c>' +
      '<c r="F3" s="6"><v>7</v></c><c r="G3" s="7"><v>0.5</v></c><c r="H3" s="0"><v>9</v></c>' +
      '<c r="I3" s="1" t="s"><v>0</v></c></row>' +
      '<row r="4"><c r="A4"><f>SUM(A3:B3)</f></c><c r="B4"><f>A3</f><v>1234.5</v></c>' +
      '<c r="C4"><f>0*1</f><v>0</v></c><c r="D4" s="4"><f>D3</f><v>44926</v></c>' +
      '<c r="E4" t="b"><f>TRUE()</f><v>1</v></c><c r="F4" t="b"><f>FALSE()</f><v>0</v></c>' +
      '<c r="G4"><f t="shared" ref="G4:G6" si="0">A3*2</f><v>2469</v></c></row>' +
      '<row r="5"><c r="G5"><f t="shared" si="0"/><v>-0.25</v></c><c r="H5"><f t="shared" si="9"/><v>5</v></c></row>' +
      '<row r="6" spans="1:9"><c r="A6" s="2"/><c r="C6"><v>3</v></c><c s="1"><v>4</v></c><c t="s"><v>0</v></c>' +
      '<c r="G6"><f t="shared" si="0"/><v>0</v></c></row>' +
      '<row r="7"><c r="B7" s="2"/><c r="C7" s="1"></c></row>' +
      '<row r="9"><c r="A9"><v>1</v></c><c r="A9"><v>2</v></c><c r="B9"><v>3</v></c><c r="B9" s="1"/></row>' +
      '<row r="12"><c r="B12"><v>merged away</v></c><c r="D12" t="s"><v>0</v></c></row>' +
      '<row r="15"><c r="A15" t="s"><v>0</v></c><c r="B15" t="s"><v>1</v></c><c r="C15"><v>12</v></c></row>' +
      '<row r="1000"><c r="ZZ1000"><v>99</v></c></row>' +
      '</sheetData>' +
      '<mergeCells count="3"><mergeCell ref="A11:B12"/><mergeCell ref="D14:D16"/><mergeCell ref="F20:G20"/></mergeCells>' +
      '<hyperlinks><hyperlink ref="A15" r:id="rId1"/><hyperlink ref="C15" r:id="rId1"/><hyperlink ref="B15" location="Sheet2!A1"/></hyperlinks>';

    const spec: PackageSpec = {
      ...styles,
      sharedStrings,
      sheets: [
        { name: 'Mixed &amp; 表', body, rels: { rId1: 'https://example.org/' } },
        {
          name: 'Hidden',
          state: 'hidden',
          body: '<sheetData><row r="2"><c r="B2"><v>5</v></c></row></sheetData>',
        },
        { name: 'VeryHidden', state: 'veryHidden', body: '<sheetData/>' },
      ],
    };

    it.each([
      ['ExcelJS order (sharedStrings.xml last)', false],
      ['Excel order (sharedStrings.xml first)', true],
    ])('%s', async (_label, first) => {
      const grid = await expectSameGrid(buildPackage({ ...spec, sharedStringsFirst: first }));
      const mixed = grid.sheets[0];
      expect(mixed.name).toBe('Mixed & 表');
      expect(mixed.rows[0]).toEqual([
        '项目',
        '富文 本',
        '慰问',
        'a\rbAc_x00e9_',
        '<&>"\'中文',
        '',
        null,
        'x',
        '  spaced\nlines  ',
      ]);
      expect(mixed.rows[1]).toEqual([
        '内联',
        'run1Arun2',
        'a_x0041_&b',
        'plain str &',
        'xy',
        true,
        false,
        { error: '#N/A' },
        { error: '#DIV/0!' },
      ]);
      expect(mixed.rows[2]).toEqual([1234.5, -0.125, 1000, 44926, 44926.75, 7, 0.5, 9, '项目']);
      expect(mixed.numFmts[2]).toEqual([
        '0.00',
        '#,##0.00',
        '#,##0.00 "元"',
        'mm-dd-yy',
        'yyyy"年"m"月"d"日"',
        '[Red]0.0',
        '0.00%',
      ]);
      // G6's cached 0 is a result like any other (both readers keep it).
      expect(mixed.rows[5]).toEqual([null, null, 3, 4, '项目', null, 0]);
      expect(mixed.rows[6]).toBeUndefined();
      expect(mixed.rows[8]).toEqual([2]);
      expect(mixed.rows[11]).toEqual([null, null, null, '项目']);
      expect(mixed.rows[12]).toBeUndefined();
      expect(mixed.rows[13]).toBeUndefined();
      expect(mixed.rows[15]).toEqual([]);
      expect(mixed.rows[19]).toEqual([]);
      expect(mixed.rows[14]).toEqual(['项目', '富文 本', null]);
      expect(mixed.rows[999]?.[701]).toBe(99);
      expect(grid.sheets.map((s) => s.visibility)).toEqual(['visible', 'hidden', 'veryHidden']);
    });

    it('reads a 1904-based workbook', async () => {
      const grid = await expectSameGrid(buildPackage({ ...spec, date1904: true }));
      expect(grid.sheets[0].rows[2]?.[3]).toBe(44926 + 1462);
    });
  });

  it('property: random sheets read alike', async () => {
    const cell = fc.oneof(
      fc.integer({ min: -1e6, max: 1e6 }).map((n) => `<v>${n}</v>`),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => `<v>${n}</v>`),
      fc.constantFrom('t="s"><v>0</v>', 't="s"><v>1</v>', 't="s"><v>2</v>').map((x) => `@${x}`),
      fc.string({ maxLength: 6 }).map((s) => `@t="inlineStr"><is><t>${escapeText(s)}</t></is>`),
      // Non-empty: ExcelJS cannot tell an empty cached `<v></v>` from none (see below).
      fc
        .string({ minLength: 1, maxLength: 6 })
        .map((s) => `@t="str"><f>A1</f><v>${escapeText(s)}</v>`),
      fc.constantFrom('@t="b"><v>1</v>', '@t="b"><v>0</v>', '@t="e"><v>#VALUE!</v>'),
      fc.integer({ min: -5, max: 5 }).map((n) => `<f>B1</f><v>${n}</v>`),
      fc.constant('<f>B1</f>'),
      fc.constant(''),
    );
    const styled = fc.record({ content: cell, style: fc.integer({ min: 0, max: 8 }) });
    const row = fc.array(fc.option(styled, { nil: undefined }), { maxLength: 6 });
    const sheetRows = fc.array(fc.option(row, { nil: undefined }), { maxLength: 8 });
    const merge = fc.option(
      fc.record({
        row: fc.integer({ min: 1, max: 8 }),
        col: fc.integer({ min: 0, max: 4 }),
        h: fc.integer({ min: 0, max: 2 }),
        w: fc.integer({ min: 0, max: 2 }),
      }),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(sheetRows, merge, async (rows, block) => {
        const xml = rows
          .map((cells, r) =>
            cells === undefined
              ? ''
              : `<row r="${r + 1}">` +
                cells
                  .map((c, k) => {
                    if (c === undefined) return '';
                    const ref = `${String.fromCharCode(65 + k)}${r + 1}`;
                    const style = c.style ? ` s="${c.style}"` : '';
                    if (c.content.startsWith('@'))
                      return `<c r="${ref}"${style} ${c.content.slice(1)}</c>`;
                    return `<c r="${ref}"${style}>${c.content}</c>`;
                  })
                  .join('') +
                '</row>',
          )
          .join('');
        const merges = block
          ? `<mergeCells count="1"><mergeCell ref="${String.fromCharCode(65 + block.col)}${block.row}:${String.fromCharCode(65 + block.col + block.w)}${block.row + block.h}"/></mergeCells>`
          : '';
        const bytes = buildPackage({
          numFmts: ['<numFmt numFmtId="164" formatCode="0.000"/>'],
          cellXfs: [0, 2, 4, 164, 14, 22, 10, 49, 0],
          sharedStrings: ['<si><t>a</t></si>', '<si><r><t>b</t></r></si>', '<si/>'],
          sheets: [{ name: 'S', body: `<sheetData>${xml}</sheetData>${merges}` }],
        });
        expect(readWorkbookGrid(bytes)).toStrictEqual(await viaExcelJs(bytes));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  }, 120_000);
});

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('fast reader errors', () => {
  it('refuses bytes that are not a zip', () => {
    expect(() => readWorkbookGrid(strToU8('name,amount\n张三,300\n'))).toThrow(NotAWorkbookError);
    expect(() => readWorkbookGrid(strToU8('name,amount\n张三,300\n'))).toThrow(
      /not an \.xlsx workbook/i,
    );
  });

  it('refuses a zip without xl/workbook.xml', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8('<document/>') });
    expect(() => readWorkbookGrid(bytes)).toThrow(/no xl\/workbook\.xml/);
  });

  it('gives a one-line message', () => {
    try {
      readWorkbookGrid(new Uint8Array([1, 2, 3]));
      throw new Error('expected a throw');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
