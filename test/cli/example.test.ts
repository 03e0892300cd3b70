import ExcelJS from 'exceljs';
import path from 'node:path';
import { copyFileSync, readFileSync } from 'node:fs';
import { EXAMPLE, readReport, runCli, sha256, spawnCli, tempDir } from '../support/cli';

async function exampleWithBasicExpenditure(value: number, folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  const cell = workbook.getWorksheet('预算执行表')!.getCell('D5');
  cell.value = value;
  cell.numFmt = '0.00';
  const file = path.join(folder, 'changed.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('the bundled example', () => {
  it('finds exactly the report’s rounding difference on 基本支出, exit 0', async () => {
    const folder = tempDir();
    const input = path.join(folder, 'example.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha256(input);
    const json = path.join(folder, 'report.json');
    const out = path.join(folder, 'annotated.xlsx');
    const result = await runCli([input, '--json', json, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = readReport(json);
    expect(report.schemaVersion).toBe(1);
    expect(report.workbook).toBe('example.xlsx');
    expect(report.sheets.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: '预算执行表', role: 'budget' },
      { name: '两节慰问发放明细', role: 'disbursement' },
    ]);
    // How the budget table was read: 基本支出 (D5) covers 人员经费 and 公用经费 (D6:D7).
    expect(report.sheets[0].tables?.[0].totals).toContainEqual({ cell: 'D5', covers: ['D6:D7'] });
    expect(report.findings).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'warning',
        sheet: '预算执行表',
        cell: 'D5',
        related: ['D6:D7'],
        expected: '161.86',
        actual: '161.87',
        unit: '万元',
        message:
          '「基本支出」执行数列示 161.87 万元，人员经费 + 公用经费合计为 161.86 万元，相差 0.01 万元，在尾差容许范围（±0.06 万元）内，属四舍五入尾差。',
      },
    ]);
    expect(sha256(input)).toBe(before);

    const annotated = new ExcelJS.Workbook();
    await annotated.xlsx.readFile(out);
    const cell = annotated.getWorksheet('预算执行表')!.getCell('D5');
    expect(cell.value).toBe(161.87);
    expect(cell.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFEB9C' },
    });
    const note = cell.note;
    const noteText =
      typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
    expect(noteText).toEqual(expect.stringContaining('属四舍五入尾差'));
    expect(annotated.getWorksheet('预算执行表')!.getCell('D6').fill).toBeUndefined();
  });

  it('calls 161.70 (format 0.00) a mismatch, exit 1', async () => {
    const file = await exampleWithBasicExpenditure(161.7, tempDir());
    const json = path.join(path.dirname(file), 'r.json');
    const result = await runCli([file, '--json', json]);
    expect(result.code).toBe(1);
    const [finding] = readReport(json).findings;
    expect(finding).toMatchObject({
      rule: 'total-mismatch',
      severity: 'error',
      cell: 'D5',
      expected: '161.86',
      actual: '161.70',
      unit: '万元',
    });
    expect(readReport(json).findings).toHaveLength(1);
  });

  it('makes the rounding difference an error with --strict, exit 1', async () => {
    const json = path.join(tempDir(), 'r.json');
    const result = await runCli([EXAMPLE, '--json', json, '--strict']);
    expect(result.code).toBe(1);
    expect(readReport(json).findings).toMatchObject([
      {
        rule: 'total-mismatch',
        severity: 'error',
        cell: 'D5',
        expected: '161.86',
        actual: '161.87',
      },
    ]);
  });

  it('prints findings grouped by sheet, in English on request', async () => {
    const result = await runCli([EXAMPLE, '--lang', 'en-US']);
    expect(result.stdout).toBe(
      [
        'luosong-union-2022.xlsx — sheets: 预算执行表（budget），两节慰问发放明细（disbursement）',
        '',
        '预算执行表',
        '  ⚠ warning  D5     total-mismatch  "基本支出" 执行数 states 161.87 10k yuan, and 人员经费 + 公用经费 add up to 161.86 10k yuan: a difference of 0.01 10k yuan, within the rounding tolerance of ±0.06 10k yuan (a rounding difference).',
        '',
        '0 error(s), 1 warning(s), 0 note(s)',
        '',
      ].join('\n'),
    );
  });

  it('gives the same workbook when run on its own annotated copy', async () => {
    const folder = tempDir();
    const once = path.join(folder, 'once.xlsx');
    const twice = path.join(folder, 'twice.xlsx');
    await runCli([EXAMPLE, '--out', once]);
    const result = await runCli([once, '--out', twice, '--json', path.join(folder, 'r.json')]);
    expect(result.code).toBe(0);
    expect(readReport(path.join(folder, 'r.json')).findings.map((f) => f.cell)).toEqual(['D5']);
    const [a, b] = await Promise.all(
      [once, twice].map(async (file) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        return workbook;
      }),
    );
    expect(b.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual(
      a.worksheets.map((sheet) => [sheet.name, sheet.state]),
    );
    const cellA = a.getWorksheet('预算执行表')!.getCell('D5');
    const cellB = b.getWorksheet('预算执行表')!.getCell('D5');
    expect([cellB.value, cellB.fill, cellB.note]).toEqual([cellA.value, cellA.fill, cellA.note]);
  });
});

describe('--out from the compiled command line', () => {
  it('writes byte for byte what the in-process run writes', async () => {
    const folder = tempDir();
    const threaded = spawnCli([
      EXAMPLE,
      '--out',
      path.join(folder, 'a.xlsx'),
      '--json',
      path.join(folder, 'a.json'),
    ]);
    const single = await runCli([
      EXAMPLE,
      '--out',
      path.join(folder, 'b.xlsx'),
      '--json',
      path.join(folder, 'b.json'),
    ]);
    expect(threaded.code).toBe(single.code);
    expect(threaded.stderr).toBe('');
    expect(readReport(path.join(folder, 'a.json'))).toEqual(
      readReport(path.join(folder, 'b.json')),
    );
    // The patcher's output depends on nothing but the input and the findings.
    expect(readFileSync(path.join(folder, 'a.xlsx'))).toEqual(
      readFileSync(path.join(folder, 'b.xlsx')),
    );
    const [a, b] = await Promise.all(
      ['a.xlsx', 'b.xlsx'].map(async (name) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path.join(folder, name));
        return workbook;
      }),
    );
    expect(a.worksheets.map((sheet) => sheet.name)).toEqual([
      '预算执行表',
      '两节慰问发放明细',
      '对账摘要',
      '_budget_reconciler_marks',
    ]);
    expect(b.worksheets.map((sheet) => sheet.name)).toEqual(
      a.worksheets.map((sheet) => sheet.name),
    );
    for (const sheet of a.worksheets) {
      const other = b.getWorksheet(sheet.name)!;
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const twin = other.getCell(r, c);
          expect([sheet.name, cell.address, cell.value, cell.fill, cell.note]).toEqual([
            sheet.name,
            cell.address,
            twin.value,
            twin.fill,
            twin.note,
          ]);
        });
      });
    }
  });
});
