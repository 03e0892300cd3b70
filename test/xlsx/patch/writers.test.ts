import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reconcileBytes } from '../../../src/cli/reconcileInWorker';
import { runCli, tempDir } from '../../support/cli';
import { cellsOf, changedEntries, noteText, notesOf, partNames } from './packageView';

/** Workbooks saved by other writers (copied from ../shared/samples). */
const SAMPLES = ['openpyxl-chart.xlsx', 'libreoffice-chart.xlsx'];
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'writers');

describe.each(SAMPLES)('%s', (name) => {
  const input = path.join(FIXTURES, name);
  const bytes = readFileSync(input);

  it('reconciles to one rounding warning on 基本支出 执行数 (C5)', async () => {
    const { findings } = await reconcileBytes(name, bytes, {
      language: 'zh-CN',
      strict: false,
      today: '2026-01-01',
      summary: false,
    });
    expect(
      findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected, f.actual]),
    ).toEqual([['total-mismatch', 'warning', '预算执行表', 'C5', '161.86', '161.87']]);
  });

  it('--out exits 0 with the chart and the user’s note on D5 kept; clear gives the workbook back', async () => {
    const folder = tempDir();
    const out = path.join(folder, 'annotated.xlsx');
    const cleared = path.join(folder, 'cleared.xlsx');
    expect(await runCli([input, '--out', out])).toMatchObject({ code: 0, stderr: '' });
    const annotated = readFileSync(out);
    const parts = partNames(annotated);
    expect(parts).toContain('xl/charts/chart1.xml');
    expect(parts).toContain('xl/drawings/drawing1.xml');
    for (const part of partNames(bytes)) expect(parts).toContain(part);
    const chartParts = partNames(bytes).filter((p) =>
      /charts|drawings\/drawing|docProps\/custom/.test(p),
    );
    expect(changedEntries(bytes, annotated).filter((p) => chartParts.includes(p))).toEqual([]);
    expect(noteText(notesOf(annotated)['预算执行表!D5'])).toBe('用户自己的批注');
    expect(noteText(notesOf(annotated)['预算执行表!C5'])).toMatch(
      /^【对账】「基本支出」执行数列示 161.87 万元/,
    );

    expect(await runCli(['clear', out, '--out', cleared])).toMatchObject({ code: 0, stderr: '' });
    const restored = readFileSync(cleared);
    expect(notesOf(restored)).toEqual(notesOf(bytes));
    expect(cellsOf(restored)).toEqual(cellsOf(bytes));
    expect(partNames(restored)).toEqual(partNames(bytes));
  });
});
