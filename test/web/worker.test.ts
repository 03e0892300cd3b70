import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, unzipSync } from 'fflate';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { nodeInflateRaw } from '../../src/xlsx/fast/nodeInflate';
import { fflateInflateRaw, hasNativeInflate, inflaterFor } from '../../src/web/worker/inflate';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { reconcile } from '../../src/core/reconcile';
import {
  annotateFile,
  clearFile,
  derivedName,
  openFile,
  rerunFile,
  rowsWindow,
} from '../../src/web/worker/session';
import { runCli, tempDir } from '../support/cli';

/**
 * The page's worker code, run in Node (which has the same DecompressionStream): it reads with
 * the browser's inflaters the grid the command line reads, and reports what the CLI reports.
 */
const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'luosong-union-2022.xlsx');
const bytes = new Uint8Array(readFileSync(EXAMPLE));
const OPTIONS = { language: 'zh-CN', strict: false, today: '2026-01-01' } as const;

describe('browser inflaters', () => {
  it('DecompressionStream and fflate read the grid node:zlib reads', async () => {
    expect(hasNativeInflate()).toBe(true);
    const expected = readWorkbookGrid(bytes, { inflateRaw: nodeInflateRaw });
    expect(readWorkbookGrid(bytes, { inflateRaw: await inflaterFor(bytes) })).toEqual(expected);
    expect(readWorkbookGrid(bytes, { inflateRaw: fflateInflateRaw })).toEqual(expected);
  });

  it('a damaged part falls back to fflate and fails in the reader’s words', async () => {
    const parts = unzipSync(bytes);
    const zipped = zipSync(parts, { level: 6 });
    // Corrupt the compressed bytes of the first sheet, leaving the zip directory intact.
    const at = Buffer.from(zipped).indexOf('xl/worksheets/sheet1.xml') + 40;
    const damaged = zipped.slice();
    for (let i = at; i < at + 64; i++) damaged[i] = 0xff;
    const inflate = await inflaterFor(damaged);
    expect(() => readWorkbookGrid(damaged, { inflateRaw: inflate })).toThrow(
      /not an \.xlsx workbook|inflate/,
    );
  });
});

describe('worker session', () => {
  it('reports exactly what budget-reconcile --json writes, and serves windows of rows', async () => {
    const out = path.join(tempDir(), 'report.json');
    expect((await runCli([EXAMPLE, '--json', out])).code).toBe(0);
    const phases: string[] = [];
    const report = await openFile(1, path.basename(EXAMPLE), bytes, OPTIONS, (phase) =>
      phases.push(phase),
    );
    expect(phases).toEqual(['reading', 'checking']);
    expect(report.json).toBe(readFileSync(out, 'utf8'));
    expect(report.sheets.map((sheet) => sheet.name)).toEqual(['预算执行表', '两节慰问发放明细']);
    expect(report.narrative.join('')).toContain('161.87');
    const d5 = report.checks.find((check) => check.cell === 'D5');
    expect(d5).toMatchObject({ stated: '161.87', recomputed: '161.86', status: 'rounding' });
    const explained = await runCli(['explain', EXAMPLE]);
    expect(report.explain).toBe(explained.stdout);
    expect(report.explain).toContain('预算执行表');
    expect(report.annotate).toEqual({ available: true });
    expect(report.annotated).toBe(false);

    const window = rowsWindow(1, '预算执行表', 4, 2);
    expect(window.top).toBe(4);
    expect(window.rows[0][3]).toBe('161.87');
    expect(window.rows[1][3]).toBe('141.1');

    // The annotated copy through the package patcher: the findings read back are the CLI's.
    const annotated = new Uint8Array(annotateFile(1).bytes);
    const reread = reconcile(readWorkbookGrid(annotated), {
      ignoreSheets: [REGISTRY_SHEET, '对账摘要'],
    });
    expect(JSON.stringify(reread.findings)).toBe(
      JSON.stringify((JSON.parse(readFileSync(out, 'utf8')) as { findings: unknown[] }).findings),
    );
    expect(new Uint8Array(clearFile(1).bytes)).toEqual(new Uint8Array(bytes));

    const strict = await rerunFile(1, { ...OPTIONS, strict: true });
    expect(strict.report.findings.map((f) => [f.cell, f.severity])).toEqual([['D5', 'error']]);
  });

  it('names a text file renamed .xlsx in one line', async () => {
    await expect(
      openFile(2, 'notes.xlsx', new TextEncoder().encode('hello'), OPTIONS, () => undefined),
    ).rejects.toThrow(/^notes\.xlsx: not an \.xlsx workbook \(cannot read it as a zip archive/);
  });

  it('names downloads as the command line’s folder mode does', () => {
    expect(derivedName('预算.xlsm', 'annotated')).toBe('预算.annotated.xlsx');
    expect(derivedName('book.xlsx', 'cleared')).toBe('book.cleared.xlsx');
  });
});
