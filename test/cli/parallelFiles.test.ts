import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reconcileFile, type FileOptions } from '../../src/cli/reconcileFile';
import { reconcileFilesInParallel, type FileResult } from '../../src/cli/parallelFiles';
import { CannotReconcileError } from '../../src/core/errors';
import { EXAMPLE, FIXTURE_DIR, tempDir } from '../support/cli';

// Worker threads run compiled JavaScript: the build from `npm test`'s pretest step.
const WORKER = path.join(__dirname, '..', '..', 'lib', 'cli', 'parallelFiles.js');
const OPTIONS: FileOptions = { language: 'zh-CN', strict: false };

async function sequential(files: readonly string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      results.push({ file, outcome: await reconcileFile(file, OPTIONS) });
    } catch (error) {
      if (!(error instanceof CannotReconcileError)) throw error;
      results.push({ file, failure: error.message });
    }
  }
  return results;
}

describe('reconciling files in worker threads', () => {
  it('gives the sequential results, in order, failures included', async () => {
    const folder = tempDir();
    const files = [
      EXAMPLE,
      ...['code-rollup', 'formula-cached', 'mixed-units', 'bad-cells'].map((name) =>
        path.join(FIXTURE_DIR, `${name}.xlsx`),
      ),
    ].map((source, i) => {
      const copy = path.join(folder, `${i}-${path.basename(source)}`);
      copyFileSync(source, copy);
      return copy;
    });
    const broken = path.join(folder, '9-broken.xlsx');
    writeFileSync(broken, 'not a workbook');
    files.push(broken);

    const parallel: FileResult[] = [];
    for await (const result of reconcileFilesInParallel(
      files.map((file) => ({ file, options: OPTIONS })),
      { workers: 2, workerScript: WORKER },
    )) {
      parallel.push(result);
    }
    expect(parallel.map((r) => r.file)).toEqual(files);
    // toEqual: structured cloning drops properties whose value is undefined.
    expect(parallel).toEqual(await sequential(files));
    expect(parallel.at(-1)?.failure).toMatch(/not an \.xlsx workbook/);
    expect(parallel.some((r) => r.outcome?.exitCode === 1)).toBe(true);
  });

  it('yields nothing for no files', async () => {
    const results: FileResult[] = [];
    for await (const result of reconcileFilesInParallel([], { workerScript: WORKER }))
      results.push(result);
    expect(results).toEqual([]);
  });
});
