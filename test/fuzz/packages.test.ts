import fc from 'fast-check';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CannotReconcileError } from '../../src/core/errors';
import { reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { NotAWorkbookError, ReadLimitError, readWorkbookGrid } from '../../src/xlsx/fast';
import { GridPort } from '../../src/xlsx/fast/GridPort';
import { nodeInflateRaw } from '../../src/xlsx/fast/nodeInflate';
import { spawnCli, tempDir } from '../support/cli';
import { lines } from '../support/hostile';
import { mutate, mutation, seed, SEEDS } from './mutations';

/**
 * Fuzzing in CI: real fixture packages, mutated (truncations, bit flips in the zip and in the
 * XML, huge numbers, deep nesting, bad references). A fixed seed keeps CI repeatable; set
 * FUZZ_SEED to explore others. Each test's timeout is its budget.
 */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const IN_PROCESS_RUNS = 2000;
const BINARY_RUNS = 8;

/** Refusals the reader may give; anything else escaping is a bug. */
function isRefusal(error: unknown): boolean {
  return (
    error instanceof NotAWorkbookError ||
    error instanceof ReadLimitError ||
    error instanceof CannotReconcileError ||
    (error instanceof Error && /^(Invalid workbook|Malformed XML)/.test(error.message))
  );
}

describe('fuzz: mutated real packages', () => {
  it(`the reader and the core either reconcile or refuse, over ${IN_PROCESS_RUNS} inputs`, async () => {
    const seen = { reconciled: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(seed, mutation, async (which, change) => {
        const bytes = mutate(SEEDS[which].bytes, change);
        let port: GridPort;
        try {
          port = new GridPort(readWorkbookGrid(bytes, { inflateRaw: nodeInflateRaw }));
        } catch (error) {
          if (!isRefusal(error)) throw error;
          seen.refused++;
          return;
        }
        try {
          const result = await reconcileWorkbook(port, {
            language: 'zh-CN',
            today: '2026-11-29',
            summary: true,
          });
          for (const finding of result.findings)
            expect(finding.message.length).toBeLessThanOrEqual(32_767);
          seen.reconciled++;
        } catch (error) {
          if (!(error instanceof CannotReconcileError)) throw error;
          seen.refused++;
        }
      }),
      { numRuns: IN_PROCESS_RUNS, seed: FUZZ_SEED },
    );
    // Both ways out were exercised: the mutations are neither all harmless nor all fatal.
    expect(seen.reconciled).toBeGreaterThan(IN_PROCESS_RUNS / 10);
    expect(seen.refused).toBeGreaterThan(IN_PROCESS_RUNS / 10);
  }, 240_000);

  it(`the real binary: exit 0, 1 or 2, one stderr line for 2, no partial output (${BINARY_RUNS} inputs)`, () => {
    fc.assert(
      fc.property(seed, mutation, (which, change) => {
        const folder = tempDir();
        const input = path.join(folder, SEEDS[which].name);
        writeFileSync(input, mutate(SEEDS[which].bytes, change));
        const out = path.join(folder, 'out.xlsx');
        const json = path.join(folder, 'report.json');
        const result = spawnCli([input, '--out', out, '--json', json]);
        expect([0, 1, 2]).toContain(result.code);
        if (result.code === 2) {
          expect(lines(result.stderr)).toHaveLength(1);
          expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
          expect(existsSync(out)).toBe(false);
          expect(existsSync(json)).toBe(false);
        } else {
          expect(result.stderr).toBe('');
          expect(existsSync(out)).toBe(true);
          expect(existsSync(json)).toBe(true);
        }
      }),
      { numRuns: BINARY_RUNS, seed: FUZZ_SEED },
    );
  }, 180_000);
});
