import { promises as fs } from 'node:fs';
import path from 'node:path';
import { maskIds } from '../core/findings/privacy';
import { countFindings } from '../core/findings/report';
import { CannotReconcileError } from '../core/errors';
import { EXIT, type CliIo } from './io';
import { reconcileFilesInParallel, type FileJob, type FileResult } from './parallelFiles';
import { watchOutputFolder } from './outputs';
import { reconcileFile, type FileOptions } from './reconcileFile';
import { CLI_TEXT } from './text';

/** The workbooks of a folder, in name order; Excel's `~$` lock files are not workbooks. */
export async function workbooksIn(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && /\.(xls[xm]?|et)$/i.test(entry.name) && !entry.name.startsWith('~$'),
    )
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/**
 * Each file's output stem, unique even where file systems ignore case: `预算.xlsx` and
 * `预算.XLSX` (or `a.xlsx` and `A.xlsx`) get `预算` and `预算 (2)`, in name order.
 */
export function uniqueStems(files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = path.basename(file, path.extname(file));
    let candidate = stem;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * The annotated copy's extension: a macro-enabled workbook's copy stays .xlsm, so its VBA
 * project still runs; a binary .xls / .et gets a new .xlsx (src/xlsx/legacyPackage.ts).
 */
export function copyExtension(file: string): string {
  return /\.xlsm$/i.test(file) ? '.xlsm' : '.xlsx';
}

/** One file at a time, in this thread (used where worker threads cannot load compiled code). */
async function* sequentially(jobs: readonly FileJob[]): AsyncGenerator<FileResult> {
  for (const { file, options } of jobs) {
    try {
      yield { file, outcome: await reconcileFile(file, options) };
    } catch (error) {
      // Any failure is this file's line; the other files keep their results.
      const message = error instanceof Error ? error.message : String(error);
      yield {
        file,
        failure:
          error instanceof CannotReconcileError
            ? message
            : `${file}: internal error: ${message.split('\n')[0]}`,
      };
    }
  }
}

/**
 * Worker threads run this module's compiled JavaScript; under ts-jest (a `.ts` file) there is
 * none to start, so files are then reconciled in this thread, with the same results.
 */
const CAN_USE_WORKERS = __filename.endsWith('.js');

function progress(io: CliIo, done: number, total: number, file: string): void {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  io.stderr(`\r${bar} ${done}/${total} ${maskIds(path.basename(file))}`.padEnd(80).slice(0, 80));
}

/**
 * Reconciles every workbook of a folder on all cores, one line per file in name order, then a
 * count. `--out` and `--json` name folders here: each workbook gets its own annotated copy and
 * report in them. The exit code is the worst of the files': 2 when any could not be
 * reconciled, else 1 on any error. A progress bar goes to stderr on a terminal.
 */
export async function reconcileFolder(
  folder: string,
  options: FileOptions,
  io: CliIo,
): Promise<number> {
  const files = await workbooksIn(folder);
  if (!files.length) throw new CannotReconcileError(`${folder}: no .xlsx workbooks in this folder`);
  const text = CLI_TEXT[options.language];
  const stems = uniqueStems(files);
  for (const folder of [options.out, options.json]) if (folder) watchOutputFolder(folder);
  const jobs: FileJob[] = files.map((file, i) => ({
    file,
    options: {
      ...options,
      out: options.out && path.join(options.out, `${stems[i]}.annotated${copyExtension(file)}`),
      json: options.json && path.join(options.json, `${stems[i]}.report.json`),
    },
  }));
  const results =
    CAN_USE_WORKERS && jobs.length > 1 ? reconcileFilesInParallel(jobs) : sequentially(jobs);
  let clean = 0;
  let withErrors = 0;
  let failed = 0;
  let done = 0;
  let fromLegacy = 0;
  const lines: string[] = [];
  for await (const { file, outcome, failure } of results) {
    done++;
    if (outcome) {
      if (outcome.fromLegacy) fromLegacy++;
      const counts = countFindings(outcome.report.findings);
      if (outcome.exitCode === EXIT.errors) withErrors++;
      else clean++;
      lines.push(
        `${outcome.exitCode ? '✖' : '✔'} ${maskIds(path.basename(file))}  ${text.folderLine(counts.error, counts.warning)}\n`,
      );
    } else {
      failed++;
      lines.push(`! ${maskIds(path.basename(file))}  ${maskIds(failure ?? '')}\n`);
    }
    if (io.progress) progress(io, done, files.length, file);
    else io.stdout(lines.pop() ?? '');
  }
  if (io.progress) {
    io.stderr(`\r${' '.repeat(80)}\r`);
    for (const line of lines) io.stdout(line);
  }
  io.stdout(`${text.folderTotal(files.length, clean, withErrors, failed)}\n`);
  if (fromLegacy) io.stderr(`${text.legacyCopies(fromLegacy)}\n`);
  return failed ? EXIT.cannotReconcile : withErrors ? EXIT.errors : EXIT.clean;
}
