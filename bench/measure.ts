/**
 * Runs one command in a fresh child process and measures its wall time and peak RSS: RSS from
 * GNU time (`/usr/bin/time -v`) when present, else from the child's own
 * `process.resourceUsage().maxRSS`, reported by a preloaded hook.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Sample {
  readonly ms: number;
  /** User + system CPU time of the child (NaN without GNU time): steadier than wall time on a busy machine. */
  readonly cpuMs: number;
  readonly rssMiB: number;
  readonly status: number | null;
}

const GNU_TIME = '/usr/bin/time';
const HOOK = path.join(os.tmpdir(), 'budget-reconciler-rss-hook.js');
const RSS_MARK = '@@maxRSS=';

export function rssSource(): string {
  return hasGnuTime()
    ? '/usr/bin/time -v (Maximum resident set size)'
    : 'process.resourceUsage().maxRSS';
}

let gnuTime: boolean | undefined;
function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    gnuTime =
      existsSync(GNU_TIME) &&
      spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes('Maximum resident');
  }
  return gnuTime;
}

/** Runs `node …args` once. */
export function runNode(args: readonly string[], cwd: string): Sample {
  const started = process.hrtime.bigint();
  let result;
  if (hasGnuTime()) {
    result = spawnSync(GNU_TIME, ['-v', process.execPath, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  } else {
    writeFileSync(
      HOOK,
      `process.on('exit', () => process.stderr.write('${RSS_MARK}' + process.resourceUsage().maxRSS + '\\n'));`,
    );
    result = spawnSync(process.execPath, ['--require', HOOK, ...args], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = result.stderr ?? '';
  const kib = hasGnuTime()
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN)
    : Number(new RegExp(`${RSS_MARK}(\\d+)`).exec(stderr)?.[1] ?? NaN);
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${stderr.slice(-500)}`);
  }
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
  const system = Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1] ?? NaN);
  return { ms, cpuMs: (user + system) * 1000, rssMiB: kib / 1024, status: result.status };
}

export interface Stats {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
