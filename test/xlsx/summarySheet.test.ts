import { unzipSync, strFromU8 } from 'fflate';
import type ExcelJS from 'exceljs';
import { LUOSONG_EXAMPLE } from '../../examples/luosong';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { XlsxPort } from '../../src/xlsx/XlsxPort';
import { plantedWorkbook } from '../support/plantedWorkbook';
import { saveAndReload, workbookSnapshot } from '../support/snapshot';
import { buildWorkbook, type WorkbookSpec } from '../support/workbookSpec';

async function reconciled(spec: WorkbookSpec, runs = 1): Promise<ExcelJS.Workbook> {
  let workbook = buildWorkbook(spec);
  for (let run = 0; run < runs; run++) {
    await reconcileWorkbook(new XlsxPort(workbook));
    workbook = await saveAndReload(workbook);
  }
  return workbook;
}

function texts(worksheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') found.push(cell.value);
    }),
  );
  return found;
}

/** The XML of the sheet called `name` in a saved workbook. */
async function sheetXml(workbook: ExcelJS.Workbook, name: string): Promise<string> {
  const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const text = (path: string): string => strFromU8(files[path] ?? new Uint8Array());
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rId = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="(rId\\d+)"`).exec(
    text('xl/workbook.xml'),
  )?.[1];
  const target = new RegExp(
    `Id="${rId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rId}"`,
  ).exec(text('xl/_rels/workbook.xml.rels'));
  return text(`xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`);
}

/** The example with a user's own sheet named 对账摘要 and a project called by a formula text. */
const HOSTILE: WorkbookSpec = {
  sheets: [
    {
      ...LUOSONG_EXAMPLE.sheets[0],
      rows: [
        ...LUOSONG_EXAMPLE.sheets[0].rows.slice(0, 9),
        ['项目支出', '=HYPERLINK("http://x","y")', 0, 0, null],
        ...LUOSONG_EXAMPLE.sheets[0].rows.slice(9),
      ],
    },
    LUOSONG_EXAMPLE.sheets[1],
    { name: '对账摘要', rows: [['我的备注'], ['+86 731 0000'], [{ f: 'SUM(1,2)', result: 3 }]] },
  ],
};

describe('summary sheet (ExcelJS)', () => {
  it('is added after the user sheets, and holds the narrative, the table and the findings', async () => {
    const workbook = await reconciled(LUOSONG_EXAMPLE);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '预算执行表',
      '两节慰问发放明细',
      '对账摘要',
      REGISTRY_SHEET,
    ]);
    const summary = workbook.getWorksheet('对账摘要');
    if (!summary) throw new Error('no summary sheet');
    expect(summary.getCell('A1').value).toBe('对账摘要');
    expect(texts(summary)).toContain(
      '两节慰问项目：2022年共收到专项资金15万元，支出15万元，结余0万元，预算执行率100%。' +
        '以每人300元的标准慰问困难职工568名，共计170400.00元（其中区财政资金100000元，本级资金70400元）。' +
        '慰问劳模38名，共计50000.00元（其中区财政资金50000元），人均1315.79元。',
    );
    expect(summary.getCell('G11').value).toEqual({
      text: '预算执行表!D5',
      hyperlink: "#'预算执行表'!D5",
    });
  });

  it('links each table row to the cell that states the figure, with a location only', async () => {
    const workbook = buildWorkbook(LUOSONG_EXAMPLE);
    await reconcileWorkbook(new XlsxPort(workbook));
    const xml = await sheetXml(workbook, '对账摘要');
    const hyperlinks = xml.match(/<hyperlink [^>]*>/g) ?? [];
    expect(hyperlinks[0]).toBe('<hyperlink ref="G11" location="&apos;预算执行表&apos;!D5"/>');
    expect(hyperlinks.length).toBeGreaterThan(10);
    // An r:id would point at an external target: LibreOffice, WPS and Google Sheets follow it.
    for (const link of hyperlinks) expect(link).not.toContain('r:id=');
  });

  it('is written in English on request, replacing the Chinese one', async () => {
    const workbook = await reconciled(LUOSONG_EXAMPLE);
    await reconcileWorkbook(new XlsxPort(workbook), { language: 'en-US' });
    const reopened = await saveAndReload(workbook);
    expect(reopened.worksheets.map((sheet) => sheet.name)).toEqual([
      '预算执行表',
      '两节慰问发放明细',
      'Reconciliation Summary',
      REGISTRY_SHEET,
    ]);
    const summary = reopened.getWorksheet('Reconciliation Summary');
    expect(summary?.getCell('A1').value).toBe('Reconciliation Summary');
  });

  it('never overwrites a user sheet of the same name, and replaces its own on every run', async () => {
    const original = workbookSnapshot(buildWorkbook(HOSTILE)).find((s) => s.name === '对账摘要');
    const workbook = await reconciled(HOSTILE, 2);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '预算执行表',
      '两节慰问发放明细',
      '对账摘要',
      '对账摘要 (2)',
      REGISTRY_SHEET,
    ]);
    expect(workbookSnapshot(workbook).find((s) => s.name === '对账摘要')).toEqual(original);
    expect(workbook.getWorksheet('对账摘要 (2)')?.getCell('A1').value).toBe('对账摘要');
  });

  it('writes text from user cells as text, never as a formula', async () => {
    const workbook = await reconciled(HOSTILE);
    const summary = workbook.getWorksheet('对账摘要 (2)');
    if (!summary) throw new Error('no summary sheet');
    const hostile = texts(summary).filter((text) => text.includes('=HYPERLINK("http://x","y")'));
    // The project paragraph and the table rows name it; each cell is a plain string.
    expect(hostile.some((text) => text.startsWith('=HYPERLINK'))).toBe(true);
    expect(hostile.length).toBeGreaterThanOrEqual(2);
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        expect(typeof cell.value === 'object' && cell.value && 'formula' in cell.value).toBe(false);
      }),
    );
    const xml = await sheetXml(workbook, '对账摘要 (2)');
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toContain('<f>');
  });

  it("keeps a user's own internal hyperlinks through reading and writing", async () => {
    const workbook = buildWorkbook(LUOSONG_EXAMPLE);
    const contents = workbook.addWorksheet('目录');
    contents.getCell('A1').value = { text: '预算执行表', hyperlink: "#'预算执行表'!A1" };
    const reopened = await saveAndReload(workbook);
    await reconcileWorkbook(new XlsxPort(reopened));
    const annotated = await saveAndReload(reopened);
    expect(annotated.getWorksheet('目录')?.getCell('A1').value).toEqual({
      text: '预算执行表',
      hyperlink: "#'预算执行表'!A1",
    });
    expect(await sheetXml(annotated, '目录')).toContain(
      '<hyperlink ref="A1" location="&apos;预算执行表&apos;!A1"/>',
    );
  });

  it('masks every resident ID it shows (first 6 and last 4 digits)', async () => {
    const planted = plantedWorkbook();
    const workbook = await reconciled(planted.spec);
    const summary = workbook.getWorksheet('对账摘要');
    if (!summary) throw new Error('no summary sheet');
    const shown = texts(summary).join('\n');
    expect(shown).toMatch(/\d{6}\*{8}\d{3}[\dX]/);
    for (const id of planted.ids) expect(shown).not.toContain(id);
  });

  it('is removed by Clear, leaving the sheet list as it was', async () => {
    const workbook = await reconciled(HOSTILE);
    await clearWorkbook(new XlsxPort(workbook));
    const cleared = await saveAndReload(workbook);
    expect(workbookSnapshot(cleared)).toEqual(
      workbookSnapshot(await saveAndReload(buildWorkbook(HOSTILE))),
    );
  });
});
