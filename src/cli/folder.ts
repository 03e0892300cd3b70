import { promises as fs } from 'node:fs';
import path from 'node:path';
import { countFindings } from '../core/findings/report';
import { CannotReconcileError } from '../core/errors';
import { EXIT, type CliIo } from './io';
import { reconcileFile, type FileOptions } from './reconcileFile';
import { CLI_TEXT } from './text';

/** The workbooks of a folder, in name order; Excel's `~$` lock files are not workbooks. */
export async function workbooksIn(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  return entries
    .filter(
      (entry) => entry.isFile() && /\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$'),
    )
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/**
 * Reconciles every workbook of a folder, one line per file, then a count. `--out` and `--json`
 * name folders here: each workbook gets its own annotated copy and report in them. The exit
 * code is the worst of the files': 2 when any could not be reconciled, else 1 on any error.
 */
export async function reconcileFolder(
  folder: string,
  options: FileOptions,
  io: CliIo,
): Promise<number> {
  const files = await workbooksIn(folder);
  if (!files.length) throw new CannotReconcileError(`${folder}: no .xlsx workbooks in this folder`);
  const text = CLI_TEXT[options.language];
  let clean = 0;
  let withErrors = 0;
  let failed = 0;
  for (const file of files) {
    const stem = path.basename(file, path.extname(file));
    try {
      const outcome = await reconcileFile(file, {
        ...options,
        out: options.out && path.join(options.out, `${stem}.annotated.xlsx`),
        json: options.json && path.join(options.json, `${stem}.report.json`),
      });
      const counts = countFindings(outcome.report.findings);
      if (outcome.exitCode === EXIT.errors) withErrors++;
      else clean++;
      io.stdout(
        `${outcome.exitCode ? '✖' : '✔'} ${path.basename(file)}  ${text.folderLine(counts.error, counts.warning)}\n`,
      );
    } catch (error) {
      if (!(error instanceof CannotReconcileError)) throw error;
      failed++;
      io.stdout(`! ${path.basename(file)}  ${error.message}\n`);
    }
  }
  io.stdout(`${text.folderTotal(files.length, clean, withErrors, failed)}\n`);
  return failed ? EXIT.cannotReconcile : withErrors ? EXIT.errors : EXIT.clean;
}
