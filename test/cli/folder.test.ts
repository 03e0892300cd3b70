import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  EXAMPLE,
  FIXTURE_DIR,
  filesIn,
  readReport,
  runCli,
  spawnCli,
  tempDir,
} from '../support/cli';

describe('folder mode', () => {
  it('prints one line per workbook and a count; the worst outcome decides the exit code', async () => {
    const folder = tempDir();
    copyFileSync(EXAMPLE, path.join(folder, 'a-example.xlsx'));
    copyFileSync(path.join(FIXTURE_DIR, 'code-rollup.xlsx'), path.join(folder, 'b-rollup.xlsx'));
    writeFileSync(path.join(folder, 'c-broken.xlsx'), 'not a workbook');
    writeFileSync(path.join(folder, '~$a-example.xlsx'), 'Excel lock file');
    writeFileSync(path.join(folder, 'notes.txt'), 'ignored');
    const out = path.join(tempDir(), 'annotated');
    const reports = path.join(tempDir(), 'reports');
    const result = await runCli([folder, '--out', out, '--json', reports]);
    expect(result.stdout.split('\n')).toEqual([
      '✔ a-example.xlsx  0 处错误，1 处警告',
      '✖ b-rollup.xlsx  1 处错误，0 处警告',
      `! c-broken.xlsx  ${path.join(folder, 'c-broken.xlsx')}: not an .xlsx workbook (the file is not a zip package)`,
      '共 3 个工作簿：1 个无错误，1 个有错误，1 个无法核对',
      '',
    ]);
    expect(result.code).toBe(2);
    expect(filesIn(out)).toEqual(['a-example.annotated.xlsx', 'b-rollup.annotated.xlsx']);
    expect(filesIn(reports)).toEqual(['a-example.report.json', 'b-rollup.report.json']);
    expect(
      readReport(path.join(reports, 'b-rollup.report.json')).findings.map((f) => f.cell),
    ).toEqual(['C7']);
  });

  it('exits 1 when every workbook was read and one has errors', async () => {
    const folder = tempDir();
    copyFileSync(EXAMPLE, path.join(folder, 'a.xlsx'));
    copyFileSync(path.join(FIXTURE_DIR, 'formula-cached.xlsx'), path.join(folder, 'b.xlsx'));
    const result = await runCli([folder, '--lang', 'en-US']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '2 workbook(s): 1 without errors, 1 with errors, 0 could not be reconciled',
    );
  });
});

describe('folder mode in its own process', () => {
  it('reconciles on worker threads and prints the same lines, in name order', () => {
    const folder = tempDir();
    const sources = [
      'code-rollup',
      'formula-cached',
      'mixed-units',
      'bad-cells',
      'english-headers',
    ];
    sources.forEach((name, i) =>
      copyFileSync(path.join(FIXTURE_DIR, `${name}.xlsx`), path.join(folder, `${i}-${name}.xlsx`)),
    );
    copyFileSync(EXAMPLE, path.join(folder, '9-example.xlsx'));
    const result = spawnCli([folder]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      '✖ 0-code-rollup.xlsx  1 处错误，0 处警告',
      '✖ 1-formula-cached.xlsx  1 处错误，0 处警告',
      '✖ 2-mixed-units.xlsx  1 处错误，0 处警告',
      '✖ 3-bad-cells.xlsx  2 处错误，0 处警告',
      '✖ 4-english-headers.xlsx  1 处错误，0 处警告',
      '✔ 9-example.xlsx  0 处错误，1 处警告',
      '共 6 个工作簿：1 个无错误，5 个有错误，0 个无法核对',
      '',
    ]);
  });
});
