import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JsonReport } from '../../src/core/findings/report';
import { run } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, capturing what it prints. */
export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    colour: false,
  });
  return { code, stdout, stderr };
}

const BIN = path.join(__dirname, '..', '..', 'bin', 'budget-reconcile.js');

/** Runs the real executable in its own process, as a user or CI would. */
export function spawnCli(argv: readonly string[]): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'budget-reconcile-'));
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function readReport(file: string): JsonReport {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
}

export function filesIn(folder: string): string[] {
  return readdirSync(folder).sort();
}

export const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'luosong-union-2022.xlsx');
export const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures');

type FindingField = keyof JsonReport['findings'][number];

/** The fields a test asserts of each finding, in report order (message text checked apart). */
export function essentials<K extends FindingField>(
  findings: JsonReport['findings'],
  fields: readonly K[] = ['rule', 'severity', 'sheet', 'cell', 'expected', 'actual'] as K[],
): Pick<JsonReport['findings'][number], K>[] {
  return findings.map((finding) => {
    const picked = {} as Pick<JsonReport['findings'][number], K>;
    for (const field of fields) picked[field] = finding[field];
    return picked;
  });
}
