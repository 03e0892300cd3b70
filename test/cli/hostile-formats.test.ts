import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_DIR, filesIn, readReport, runCli, tempDir } from '../support/cli';
import { compoundFile } from '../support/compoundFile';
import { lines } from '../support/hostile';

describe('compound files: each refused with its own line', () => {
  it('a password-protected .xlsx: "encrypted: remove the password first"', async () => {
    const folder = tempDir();
    const input = path.join(folder, '加密.xlsx');
    writeFileSync(
      input,
      compoundFile([
        { name: 'EncryptionInfo', data: new Uint8Array(4096).fill(4) },
        { name: 'EncryptedPackage', data: new Uint8Array(8192).fill(7) },
      ]),
    );
    const out = path.join(folder, 'out.xlsx');
    const result = await runCli([input, '--out', out]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      `budget-reconcile: ${input}: encrypted: remove the password first (save a copy without a password to open)`,
    ]);
    expect(filesIn(folder)).toEqual(['加密.xlsx']);
  });

  it.each(['code-rollup.xls', 'code-rollup.et'])(
    'an .xls written by LibreOffice (%s) reconciles as its .xlsx does (--out: test/cli/legacy-out.test.ts)',
    async (name) => {
      const folder = tempDir();
      const input = path.join(folder, name);
      copyFileSync(path.join(FIXTURE_DIR, 'code-rollup.xls'), input);
      const json = path.join(folder, 'report.json');
      const result = await runCli([input, '--json', json]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      const xlsxJson = path.join(folder, 'xlsx.json');
      await runCli([path.join(FIXTURE_DIR, 'code-rollup.xlsx'), '--json', xlsxJson]);
      expect(readReport(json).findings).toEqual(readReport(xlsxJson).findings);
      expect(readReport(json).findings.map((f) => [f.rule, f.cell])).toEqual([
        ['total-mismatch', 'C7'],
      ]);

      expect(filesIn(folder)).toEqual([name, 'report.json', 'xlsx.json']);
    },
  );
});
