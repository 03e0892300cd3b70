import ExcelJS from 'exceljs';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CELL_TEXT_LIMIT } from '../../src/core/findings/cellLimit';
import { readReport, tempDir } from '../support/cli';
import { craftedXlsx } from '../support/craftedPackage';
import { spawnMeasured } from '../support/hostile';

describe('huge numbers and long texts', () => {
  it('`1e100000000` is not-a-number quoted as typed, in bounded time, memory and output', async () => {
    const folder = tempDir();
    const input = path.join(folder, 'exponent.xlsx');
    const long = '九'.repeat(CELL_TEXT_LIMIT);
    writeFileSync(
      input,
      craftedXlsx([
        {
          name: '预算',
          rows: [
            ['单位：元'],
            ['项目', '预算数', '执行数'],
            ['人员经费', 1000, { raw: '<v>1e100000000</v>' }],
            ['公用经费', 500, '1e100000000'],
            ['印刷费', 300, '1e-100000000'],
            ['会议费', 200, long],
            ['合计', 2000, 0],
          ],
        },
      ]),
    );
    const out = path.join(folder, 'out.xlsx');
    const json = path.join(folder, 'report.json');
    const result = spawnMeasured([input, '--out', out, '--json', json]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.peakMb).toBeLessThan(400);
    expect(statSync(json).size).toBeLessThan(200_000);
    const notANumber = readReport(json).findings.filter((f) => f.rule === 'not-a-number');
    expect(notANumber.map((f) => [f.cell, f.actual])).toEqual([
      ['C3', '1e100000000'],
      ['C4', '1e100000000'],
      ['C5', '1e-100000000'],
      ['C6', long],
    ]);
    expect(notANumber[0].message).toBe(
      '执行数列的「1e100000000」无法识别为数字，未参与核对，请改为数值。',
    );
    // The message quoting a full cell's text is cut to a cell's limit, with an ellipsis.
    expect(notANumber[3].message).toHaveLength(CELL_TEXT_LIMIT);
    expect(notANumber[3].message.endsWith('九…')).toBe(true);
    expect(result.stdout.length).toBeLessThan(100_000);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const note = workbook.getWorksheet('预算')?.getCell('C6').note;
    const noteText =
      typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
    expect(noteText.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(noteText.startsWith('【对账】执行数列的「九九')).toBe(true);
    const summary = workbook.getWorksheet('对账摘要');
    summary?.eachRow((row) =>
      row.eachCell((cell) => expect(cell.text.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT)),
    );
  }, 30_000);
});
