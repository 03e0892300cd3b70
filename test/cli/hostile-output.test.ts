import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reconcileFilesInParallel, type FileResult } from '../../src/cli/parallelFiles';
import { EXAMPLE, filesIn, runCli, sha256, spawnCli, tempDir } from '../support/cli';
import {
  lines,
  packageAround,
  repeatedDeflate,
  spawnMeasured,
  WORKSHEET_HEAD,
  WORKSHEET_TAIL,
} from '../support/hostile';

function exampleIn(folder: string, name = 'a.xlsx'): string {
  const file = path.join(folder, name);
  copyFileSync(EXAMPLE, file);
  return file;
}

describe('output safety', () => {
  it('refuses --out and --json naming one file: one line, nothing written, input unchanged', async () => {
    const folder = tempDir();
    const input = exampleIn(folder);
    const before = sha256(input);
    const same = path.join(folder, 'result.xlsx');
    const result = await runCli([input, '--out', same, '--json', same]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      `budget-reconcile: --out ${same} and --json ${same} name the same file; choose two paths`,
    ]);
    expect(result.stdout).toBe('');
    expect(filesIn(folder)).toEqual(['a.xlsx']);
    expect(sha256(input)).toBe(before);
  });

  it('refuses two outputs whose names differ only in case, and an output naming the input in other case', async () => {
    const folder = tempDir();
    const input = exampleIn(folder);
    const result = await runCli([
      input,
      '--out',
      path.join(folder, 'Report.xlsx'),
      '--json',
      path.join(folder, 'report.XLSX'),
    ]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/name the same file/);
    const onInput = await runCli([input, '--json', path.join(folder, 'A.XLSX')]);
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toMatch(/refusing to overwrite the input workbook/);
    expect(filesIn(folder)).toEqual(['a.xlsx']);
  });

  it('a JSON report that cannot be written leaves no annotated copy behind', async () => {
    const folder = tempDir();
    const input = exampleIn(folder);
    writeFileSync(path.join(folder, 'blocker'), 'a file where a folder should be');
    const out = path.join(folder, 'out.xlsx');
    const result = await runCli([
      input,
      '--out',
      out,
      '--json',
      path.join(folder, 'blocker', 'r.json'),
    ]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      `budget-reconcile: ${path.join(folder, 'blocker', 'r.json')}: cannot be written (EEXIST)`,
    ]);
    expect(filesIn(folder)).toEqual(['a.xlsx', 'blocker']);
  });

  it('reads only regular files: /dev/zero is refused with one line', () => {
    const result = spawnCli(['/dev/zero']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      'budget-reconcile: /dev/zero: not a regular file (a device, pipe or socket is never read)',
    ]);
  }, 10_000);

  it('SIGTERM while an output is being written removes its temporary file before exit', async () => {
    // A real process stages an output whose writer never finishes, then gets SIGTERM.
    const folder = tempDir();
    const target = path.join(folder, 'out', 'copy.xlsx');
    const outputs = path.join(__dirname, '..', '..', 'lib', 'cli', 'outputs.js');
    const script = `
      const fs = require('node:fs');
      const o = require(${JSON.stringify(outputs)});
      o.removeTemporaryFilesOnSignals();
      void new o.StagedOutputs().stage(${JSON.stringify(target)}, async (temporary) => {
        fs.writeFileSync(temporary, 'half a workbook');
        process.stdout.write('staged\\n');
        setInterval(() => undefined, 1000);
        await new Promise(() => undefined);
      });`;
    const child = spawn(process.execPath, ['-e', script]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(readdirSync(path.dirname(target))).toHaveLength(1);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(143);
    expect(readdirSync(path.dirname(target))).toEqual([]);
  }, 30_000);
});

describe('folder mode never loses a file', () => {
  it('gives 预算.xlsx and 预算.XLSX outputs of their own', () => {
    const folder = tempDir();
    exampleIn(folder, '预算.xlsx');
    exampleIn(folder, '预算.XLSX');
    const out = tempDir();
    const reports = tempDir();
    const result = spawnCli([folder, '--out', out, '--json', reports]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(filesIn(out)).toEqual(['预算 (2).annotated.xlsx', '预算.annotated.xlsx']);
    expect(filesIn(reports)).toEqual(['预算 (2).report.json', '预算.report.json']);
  }, 60_000);

  it('one bomb among good files: every file its line, then the total; exit 2; the good outputs written', () => {
    const folder = tempDir();
    exampleIn(folder, 'a-good.xlsx');
    const { data, size } = repeatedDeflate(
      WORKSHEET_HEAD,
      '<x/>'.repeat(256 * 1024),
      3 * 1024,
      WORKSHEET_TAIL,
    );
    writeFileSync(
      path.join(folder, 'b-bomb.xlsx'),
      packageAround([{ name: 'xl/worksheets/sheet1.xml', data, method: 8, size }]),
    );
    exampleIn(folder, 'c-good.xlsx');
    const reports = tempDir();
    const result = spawnMeasured([folder, '--json', reports]);
    expect(result.stdout.split('\n')).toEqual([
      '✔ a-good.xlsx  0 处错误，1 处警告',
      `! b-bomb.xlsx  ${path.join(folder, 'b-bomb.xlsx')}: xl/worksheets/sheet1.xml: inflates to 3072 MB, over the limit of 512 MB per part`,
      '✔ c-good.xlsx  0 处错误，1 处警告',
      '共 3 个工作簿：2 个无错误，0 个有错误，1 个无法核对',
      '',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    expect(result.peakMb).toBeLessThan(600);
    expect(filesIn(reports)).toEqual(['a-good.report.json', 'c-good.report.json']);
  }, 60_000);

  it('a worker thread that exits or throws costs its own file only; the pool goes on', async () => {
    const folder = tempDir();
    const files = ['1-good.xlsx', '2-exit.xlsx', '3-good.xlsx', '4-throw.xlsx', '5-good.xlsx'].map(
      (name) => exampleIn(folder, name),
    );
    const results: FileResult[] = [];
    for await (const result of reconcileFilesInParallel(
      files.map((file) => ({ file, options: { language: 'zh-CN', strict: false } })),
      { workers: 2, workerScript: path.join(__dirname, '..', 'support', 'crashingWorker.js') },
    )) {
      results.push(result);
    }
    expect(results.map((r) => [path.basename(r.file), r.outcome?.exitCode ?? r.failure])).toEqual([
      ['1-good.xlsx', 0],
      ['2-exit.xlsx', `${files[1]}: internal error: the worker thread stopped (exit code 3)`],
      ['3-good.xlsx', 0],
      ['4-throw.xlsx', `${files[3]}: internal error: boom in the worker thread`],
      ['5-good.xlsx', 0],
    ]);
  }, 60_000);
});
