/**
 * `npm run bench`: generates the roster workbooks (bench/data, git-ignored), then times each
 * reader and the command line in separate child processes and writes bench/RESULTS.md.
 * BENCH_SIZES=10000,50000 and BENCH_RUNS=3 shorten a run.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureRosters, type BenchFile, type Variant } from './roster';
import { rssSource, runNode, stats, type Sample, type Stats } from './measure';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const DATA = path.join(ROOT, 'bench', 'data');
const CHILDREN = path.join(__dirname, 'children');
const CLI = path.join(ROOT, 'bin', 'budget-reconcile.js');

interface Subject {
  readonly key: string;
  readonly label: string;
  /** `annotated` is the file's own `--out` copy (for `clear`). */
  readonly args: (file: string, out: string, annotated: string) => string[];
  /** Run on the sharedStrings-first copy too (the ExcelJS-only subjects are not, to save time). */
  readonly bothOrders: boolean;
  readonly variants: readonly Variant[];
}

const ALL: readonly Variant[] = ['plain', 'marked', 'distinct'];

const SUBJECTS: readonly Subject[] = [
  {
    key: 'json',
    label: 'CLI `--json`',
    args: (f, o) => [CLI, f, '--json', `${o}.json`],
    bothOrders: true,
    variants: ALL,
  },
  {
    key: 'out',
    label: 'CLI `--out` (package patcher)',
    args: (f, o) => [CLI, f, '--out', `${o}.xlsx`],
    bothOrders: false,
    variants: ['plain', 'marked'],
  },
  {
    key: 'clear',
    label: 'CLI `clear` on the `--out` copy',
    args: (_f, o, annotated) => [CLI, 'clear', annotated, '--out', `${o}.xlsx`],
    bothOrders: false,
    variants: ['plain', 'marked'],
  },
  {
    key: 'fast',
    label: 'fast reader alone (fflate, streamed)',
    args: (f) => [path.join(CHILDREN, 'fast-reader.js'), f],
    bothOrders: true,
    variants: ['plain', 'distinct'],
  },
  {
    key: 'fastZlib',
    label: 'fast reader alone (node:zlib, as the CLI)',
    args: (f) => [path.join(CHILDREN, 'fast-reader.js'), f, '--zlib'],
    bothOrders: true,
    variants: ['plain', 'distinct'],
  },
  {
    key: 'reference',
    label: 'reference: fflate unzip + saxes walk',
    args: (f) => [path.join(CHILDREN, 'reference-reader.js'), f],
    bothOrders: true,
    variants: ALL,
  },
  {
    key: 'exceljs',
    label: 'ExcelJS full load',
    args: (f) => [path.join(CHILDREN, 'exceljs-load.js'), f],
    bothOrders: false,
    variants: ['plain'],
  },
  {
    key: 'stream',
    label: 'ExcelJS streaming reader',
    args: (f) => [path.join(CHILDREN, 'exceljs-stream.js'), f],
    bothOrders: true,
    variants: ['plain'],
  },
];

interface Result {
  readonly file: BenchFile;
  readonly subject: Subject;
  readonly time: Stats;
  readonly cpu: Stats;
  readonly rss: Stats;
}

function fmtTime(s: Stats): string {
  const f = (ms: number) => (ms / 1000).toFixed(2);
  return `${f(s.median)} s (${f(s.min)}–${f(s.max)})`;
}

function fmtRss(s: Stats): string {
  return `${s.median.toFixed(0)} MiB (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
}

async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '10000,50000,200000').split(',').map(Number);
  const runsFor = (rows: number) => Number(process.env.BENCH_RUNS ?? (rows >= 200000 ? 3 : 5));
  const started = Date.now();
  process.stdout.write(`Generating roster workbooks in ${path.relative(ROOT, DATA)} …\n`);
  const files = await ensureRosters(DATA, sizes);
  const scratch = path.join(os.tmpdir(), `budget-reconciler-bench-${process.pid}`);
  mkdirSync(scratch, { recursive: true });
  const results: Result[] = [];
  const failures: string[] = [];
  for (const file of files) {
    // `clear` is timed on the file's own annotated copy, made once beforehand.
    const annotated = path.join(scratch, `annotated-${path.basename(file.file)}`);
    if (file.order === 'exceljs' && file.variant !== 'distinct') {
      runNode([CLI, file.file, '--out', annotated], ROOT);
    }
    for (const subject of SUBJECTS) {
      if (file.order === 'excel' && !subject.bothOrders) continue;
      if (!subject.variants.includes(file.variant)) continue;
      const samples: Sample[] = [];
      const runs = runsFor(file.rows);
      try {
        for (let i = 0; i < runs; i++) {
          samples.push(
            runNode(
              subject.args(file.file, path.join(scratch, `${subject.key}-${i}`), annotated),
              ROOT,
            ),
          );
        }
      } catch (error) {
        // One subject failing (say, out of memory) must not lose the others' figures.
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        failures.push(`${title(file)}, ${subject.label}: ${reason}`);
        process.stdout.write(
          `${String(file.rows).padStart(7)} ${subject.label}: FAILED ${reason}\n`,
        );
        continue;
      }
      const result = {
        file,
        subject,
        time: stats(samples.map((s) => s.ms)),
        cpu: stats(samples.map((s) => s.cpuMs)),
        rss: stats(samples.map((s) => s.rssMiB)),
      };
      results.push(result);
      process.stdout.write(
        `${String(file.rows).padStart(7)} ${file.variant.padEnd(8)} ${file.order.padEnd(7)} ${subject.label.padEnd(42)} ${fmtTime(result.time)}  CPU ${fmtTime(result.cpu)}  ${fmtRss(result.rss)}\n`,
      );
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  let markdown = report(results, files, (Date.now() - started) / 1000);
  if (failures.length) {
    markdown += ['## Failed runs', '', ...failures.map((line) => `- ${line}`), ''].join('\n');
  }
  process.stdout.write(`\n${markdown}`);
  writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), markdown);
}

function report(results: readonly Result[], files: readonly BenchFile[], seconds: number): string {
  const lines: string[] = [];
  lines.push('# Benchmark results (`npm run bench`)', '');
  lines.push(
    `- Date: ${new Date().toISOString()}`,
    `- Node ${process.version} on ${os.platform()} ${os.arch()}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'})`,
    `- Each figure: median (min–max) over separate child processes (5 runs; 3 for 200 000 rows), wall time measured by the parent around the child; peak RSS from ${rssSource()}.`,
    '- Workbooks: a budget sheet plus a roster of N rows × 7 columns (序号, 姓名, 身份证号, 项目, 慰问对象, 金额, 备注), shared strings, written by ExcelJS\'s streaming writer ("ExcelJS order": sharedStrings.xml after the sheets) and re-zipped with sharedStrings.xml first ("Excel order"). "Marked": the largest roster with a wrong ID check digit every 4 000 rows, so `--out` and `clear` rewrite the roster sheet. "Distinct strings": 姓名, 身份证号 and 备注 nearly all distinct (a large sharedStrings.xml).',
    '- Ratio = time ÷ the reference reader (fflate unzip + saxes walk) on the same file.',
    `- Whole benchmark: ${seconds.toFixed(0)} s; load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (other processes share the machine: CPU time is the steadier figure).`,
    '',
  );
  lines.push(...targetLines(results), '');
  for (const file of files) {
    const own = results.filter((r) => r.file === file);
    if (!own.length) continue;
    const reference = own.find((r) => r.subject.key === 'reference');
    const size = (statSync(file.file).size / 1024 / 1024).toFixed(1);
    lines.push(
      `## ${title(file)} — ${size} MB`,
      '',
      '| subject | wall time | CPU time (user+sys) | peak RSS | time ÷ reference | CPU ÷ reference |',
      '|---|---|---|---|---|---|',
    );
    for (const r of own) {
      const ratio = reference ? (r.time.median / reference.time.median).toFixed(2) : '–';
      const cpuRatio = reference ? (r.cpu.median / reference.cpu.median).toFixed(2) : '–';
      lines.push(
        `| ${r.subject.label} | ${fmtTime(r.time)} | ${fmtTime(r.cpu)} | ${fmtRss(r.rss)} | ${ratio} | ${cpuRatio} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## Linearity: wall (and CPU) milliseconds per 1 000 rows (ExcelJS order, median)',
    '',
  );
  const sizes = [...new Set(files.filter((f) => f.variant === 'plain').map((f) => f.rows))];
  lines.push(`| subject | ${sizes.map((n) => `${n.toLocaleString('en-US')} rows`).join(' | ')} |`);
  lines.push(`|---|${sizes.map(() => '---').join('|')}|`);
  for (const subject of SUBJECTS) {
    const cells = sizes.map((rows) => {
      const r = results.find(
        (x) =>
          x.subject === subject &&
          x.file.rows === rows &&
          x.file.order === 'exceljs' &&
          x.file.variant === 'plain',
      );
      return r
        ? `${(r.time.median / (rows / 1000)).toFixed(1)} (CPU ${(r.cpu.median / (rows / 1000)).toFixed(1)})`
        : '–';
    });
    lines.push(`| ${subject.label} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines.join('\n');
}

function title(file: BenchFile): string {
  const order =
    file.order === 'exceljs' ? 'ExcelJS order' : 'Excel order (sharedStrings.xml first)';
  const variant =
    file.variant === 'marked'
      ? ', marked'
      : file.variant === 'distinct'
        ? ', distinct strings'
        : '';
  return `${file.rows.toLocaleString('en-US')} rows${variant}, ${order}`;
}

/** The issues' targets, as same-run ratios on the largest workbook (ExcelJS order). */
function targetLines(results: readonly Result[]): string[] {
  const largest = Math.max(...results.map((r) => r.file.rows));
  const median = (
    key: string,
    variant: Variant = 'plain',
    field: 'time' | 'rss' | 'cpu' = 'time',
  ): number | undefined =>
    results.find(
      (r) =>
        r.subject.key === key &&
        r.file.variant === variant &&
        (variant === 'distinct' || r.file.rows === largest) &&
        r.file.order === 'exceljs',
    )?.[field].median;
  const ratio = (a: number | undefined, b: number | undefined): string =>
    a !== undefined && b !== undefined ? (a / b).toFixed(2) : '–';
  const mib = (v: number | undefined): string => (v !== undefined ? `${v.toFixed(0)} MiB` : '–');
  const smallest = Math.min(...results.map((r) => r.file.rows));
  const smallJson = results.find(
    (r) => r.subject.key === 'json' && r.file.rows === smallest && r.file.variant === 'plain',
  )?.time.median;
  const versusJson = (key: string, variant: Variant, what: string): string[] => [
    `| ${what}: \`${key === 'out' ? '--out' : key}\` time ≤ 1.3 × \`--json\` | ${ratio(median(key, variant), median('json', variant))} × (CPU time ${ratio(median(key, variant, 'cpu'), median('json', variant, 'cpu'))} ×) |`,
    `| ${what}: \`${key === 'out' ? '--out' : key}\` peak RSS ≤ 1.5 × \`--json\`'s | ${ratio(median(key, variant, 'rss'), median('json', variant, 'rss'))} × (${mib(median(key, variant, 'rss'))}) |`,
  ];
  return [
    `## Targets (${largest.toLocaleString('en-US')} rows unless said)`,
    '',
    '| target | measured |',
    '|---|---|',
    `| \`--json\` ≤ 1.5 × reference reader | ${ratio(median('json'), median('reference'))} × (CPU time ${ratio(median('json', 'plain', 'cpu'), median('reference', 'plain', 'cpu'))} ×) |`,
    `| \`--json\` faster than ExcelJS streaming reader alone | ${ratio(median('json'), median('stream'))} × its time |`,
    `| \`--json\` peak RSS ≤ 300 MiB | ${mib(median('json', 'plain', 'rss'))} |`,
    ...versusJson('out', 'plain', 'roster'),
    ...versusJson('clear', 'plain', 'roster'),
    ...versusJson('out', 'marked', 'marks through the sheet'),
    ...versusJson('clear', 'marked', 'marks through the sheet'),
    `| distinct strings: \`--json\` ≤ 1.5 × reference reader | ${ratio(median('json', 'distinct'), median('reference', 'distinct'))} × (CPU time ${ratio(median('json', 'distinct', 'cpu'), median('reference', 'distinct', 'cpu'))} ×) |`,
    `| distinct strings: \`--json\` peak RSS ≤ 300 MiB | ${mib(median('json', 'distinct', 'rss'))} |`,
    `| ${smallest.toLocaleString('en-US')}-row \`--json\` end to end < 1 s | ${smallJson !== undefined ? `${(smallJson / 1000).toFixed(2)} s` : '–'} |`,
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
