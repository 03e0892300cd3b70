import { unzipSync, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { runCli, tempDir } from '../support/cli';
import { ALL_FEATURES, buildCorpusWorkbook } from './patch/corpus';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The corpus package with one part's text changed. */
function edited(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts[part] = encoder.encode(edit(decoder.decode(parts[part])));
  return zipSync(parts);
}

describe('the fast reader on other writers’ packages', () => {
  const features = ALL_FEATURES.filter((f) => f !== 'vba');

  it('reads x:-prefixed XML and a worksheet part named data.xml behind an absolute target', () => {
    for (const prefixed of [false, true]) {
      const grid = readWorkbookGrid(buildCorpusWorkbook({ features, prefixed }).bytes);
      expect(grid.sheets.map((sheet) => sheet.name)).toEqual(['预算执行表', '说明']);
      expect(grid.sheets[0].rows[4]).toEqual(['基本支出', 161.87, 161.7]);
      expect(grid.sheets[1].rows[1]).toEqual(['本表数据来自财务系统']);
    }
  });

  it('keeps a sheet name longer than 31 characters as the file has it', () => {
    const long = '二〇二二年度工会经费预算执行情况及两节慰问发放明细核对表（第二稿）';
    expect(long.length).toBeGreaterThan(31);
    const bytes = edited(buildCorpusWorkbook({ features: [] }).bytes, 'xl/workbook.xml', (xml) =>
      xml.replace('name="说明"', `name="${long}"`),
    );
    expect(readWorkbookGrid(bytes).sheets[1].name).toBe(long);
  });

  it('never leaves out a sheet silently: a missing worksheet part is a one-line refusal', async () => {
    const parts = unzipSync(buildCorpusWorkbook({ features: [] }).bytes);
    delete parts['xl/worksheets/data.xml'];
    const folder = tempDir();
    const input = path.join(folder, 'broken.xlsx');
    writeFileSync(input, zipSync(parts));
    const result = await runCli([input, '--json', path.join(folder, 'r.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `budget-reconcile: ${input}: not a readable .xlsx workbook (Invalid workbook: the part of sheet 说明 (xl/worksheets/data.xml) is missing)\n`,
    );
  });
});
