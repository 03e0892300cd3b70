import path from 'node:path';
import { buildReport, countFindings, type JsonReport } from '../core/findings/report';
import type { Language } from '../core/model/finding';
import { loadWorkbook, readWorkbookBytes, saveText, saveWorkbook } from '../xlsx/file';
import { XlsxPort } from '../xlsx/XlsxPort';
import { checkPackageLimits } from '../xlsx/fast/GridPort';
import { CannotReconcileError } from '../core/errors';
import {
  CAN_RECONCILE_IN_WORKER,
  reconcileBytes,
  reconcileBytesInWorker,
  type Reconciled,
} from './reconcileInWorker';

export interface FileOptions {
  readonly out?: string;
  readonly json?: string;
  readonly language: Language;
  readonly strict: boolean;
  /** Read and reconcile in a worker while ExcelJS loads (default: when compiled, with --out). */
  readonly worker?: boolean;
}

export interface FileOutcome {
  readonly report: JsonReport;
  readonly exitCode: 0 | 1;
  readonly wrote: readonly { readonly what: 'out' | 'json'; readonly file: string }[];
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

/**
 * Reconciles one workbook file. Never writes the input; writes the annotated copy and the JSON
 * report only when the whole run succeeded, each through a temporary file.
 *
 * The fast reader's grid is what is reconciled. With `--out`, ExcelJS loads the same bytes for
 * writing — concurrently, on the other core — and the marks and summary sheet the use case
 * wrote to the read-only port are replayed onto the ExcelJS port.
 */
export async function reconcileFile(file: string, options: FileOptions): Promise<FileOutcome> {
  for (const target of [options.out, options.json]) {
    if (target && sameFile(target, file)) {
      throw new CannotReconcileError(
        `${target}: refusing to overwrite the input workbook; choose another output path`,
      );
    }
  }
  const bytes = await readWorkbookBytes(file);
  checkPackageLimits(file, bytes);
  const useCaseOptions = {
    language: options.language,
    strict: options.strict,
    // The front end reads the clock; the core takes the date (invalid-id: no future births).
    today: new Date().toISOString().slice(0, 10),
    // A report-only run writes no workbook, so no summary sheet to lay out.
    summary: options.out !== undefined,
  };
  let reconciled: Reconciled;
  const wrote: { what: 'out' | 'json'; file: string }[] = [];
  if (options.out) {
    const inWorker = options.worker ?? CAN_RECONCILE_IN_WORKER;
    const [found, workbook] = await Promise.all([
      inWorker
        ? reconcileBytesInWorker(file, bytes, useCaseOptions)
        : reconcileBytes(file, bytes, useCaseOptions),
      loadWorkbook(file, bytes),
    ]);
    reconciled = found;
    const port = new XlsxPort(workbook);
    await port.applyMarks(reconciled.marks);
    if (reconciled.summary) await port.writeSummary(reconciled.summary);
    await saveWorkbook(workbook, options.out);
    wrote.push({ what: 'out', file: options.out });
  } else {
    reconciled = await reconcileBytes(file, bytes, useCaseOptions);
  }
  const report = buildReport(path.basename(file), reconciled);
  if (options.json) {
    await saveText(JSON.stringify(report, null, 2) + '\n', options.json);
    wrote.push({ what: 'json', file: options.json });
  }
  return { report, exitCode: countFindings(report.findings).error > 0 ? 1 : 0, wrote };
}
