import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reconcileBytes } from '../../src/cli/reconcileInWorker';
import { reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { simPort } from '../excel-sim/harness';
import { documentFromPackage } from '../excel-sim/package';
import { ALL_FEATURES, buildCorpusWorkbook } from '../xlsx/patch/corpus';

/**
 * Packages ExcelJS cannot load (openpyxl's chart, LibreOffice's notes, `x:`-prefixed XML) in the
 * parity suite: the add-in over the simulator, fed through the fast reader, finds exactly what
 * the command line finds, and marks the same cells.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'writers');
const PACKAGES: readonly [string, Uint8Array][] = [
  ['openpyxl-chart.xlsx', readFileSync(path.join(FIXTURES, 'openpyxl-chart.xlsx'))],
  ['libreoffice-chart.xlsx', readFileSync(path.join(FIXTURES, 'libreoffice-chart.xlsx'))],
  [
    'x:-prefixed corpus workbook',
    buildCorpusWorkbook({ features: ALL_FEATURES.filter((f) => f !== 'vba'), prefixed: true })
      .bytes,
  ],
];

const OPTIONS = { language: 'zh-CN' as const, strict: false, today: '2026-01-01', summary: true };

describe.each(PACKAGES)('parity on %s', (_name, bytes) => {
  it('the add-in finds and marks exactly what the command line does', async () => {
    const cli = await reconcileBytes('x.xlsx', bytes, OPTIONS);
    expect(cli.findings.length).toBeGreaterThan(0);
    const doc = documentFromPackage(bytes);
    const addin = await reconcileWorkbook(simPort(doc).port, OPTIONS);
    expect(addin.findings).toEqual(cli.findings);
    for (const mark of cli.marks) {
      const sheet = doc.sheets.find((s) => s.name === mark.sheet)!;
      expect(sheet.notes.get(mark.cell)).toContain(mark.note);
    }
  });
});
