import path from 'node:path';
import { buildReport, countFindings, type JsonReport } from '../core/findings/report';
import type { Language } from '../core/model/finding';
import { loadWorkbook, readWorkbookBytes } from '../xlsx/file';
import { XlsxPort } from '../xlsx/XlsxPort';
import { checkPackageLimits } from '../xlsx/fast/GridPort';
import { isCompoundFile } from '../xlsx/compoundFile';
import { CannotReconcileError } from '../core/errors';
import { promises as fs } from 'node:fs';
import { checkOutputs, checkRegularFile, StagedOutputs } from './outputs';
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

/**
 * Reconciles one workbook file. Never writes the input; writes the annotated copy and the JSON
 * report only when the whole run succeeded, each through a temporary file.
 *
 * The fast reader's grid is what is reconciled. With `--out`, ExcelJS loads the same bytes for
 * writing — concurrently, on the other core — and the marks and summary sheet the use case
 * wrote to the read-only port are replayed onto the ExcelJS port.
 */
export async function reconcileFile(file: string, options: FileOptions): Promise<FileOutcome> {
  await checkOutputs(file, [
    { flag: '--out', file: options.out },
    { flag: '--json', file: options.json },
  ]);
  await checkRegularFile(file);
  const bytes = await readWorkbookBytes(file);
  checkPackageLimits(file, bytes);
  if (options.out && isCompoundFile(bytes)) {
    throw new CannotReconcileError(
      `${file}: a binary .xls / .et workbook is reconciled (--json, the terminal) but not annotated yet: save it as .xlsx to get --out`,
    );
  }
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
  // Every output is written to a temporary file and renamed only once all were written.
  const outputs = new StagedOutputs();
  try {
    if (options.out) {
      const inWorker = options.worker ?? CAN_RECONCILE_IN_WORKER;
      const reading = inWorker
        ? reconcileBytesInWorker(file, bytes, useCaseOptions)
        : reconcileBytes(file, bytes, useCaseOptions);
      const loading = loadWorkbook(file, bytes);
      loading.catch(() => undefined); // awaited below; never an unhandled rejection
      // The reader's failure is the one reported (it names the part and the limit); the
      // reader is bounded by its limits, and the executable ends ExcelJS's load with it.
      const found = await reading;
      const workbook = await loading;
      reconciled = found;
      const port = new XlsxPort(workbook);
      await port.applyMarks(reconciled.marks);
      if (reconciled.summary) await port.writeSummary(reconciled.summary);
      await outputs.stage(options.out, (temporary) => workbook.xlsx.writeFile(temporary));
      wrote.push({ what: 'out', file: options.out });
    } else {
      reconciled = await reconcileBytes(file, bytes, useCaseOptions);
    }
    const report = buildReport(path.basename(file), reconciled);
    if (options.json) {
      const text = JSON.stringify(report, null, 2) + '\n';
      await outputs.stage(options.json, (temporary) => fs.writeFile(temporary, text, 'utf8'));
      wrote.push({ what: 'json', file: options.json });
    }
    await outputs.commit();
    return { report, exitCode: countFindings(report.findings).error > 0 ? 1 : 0, wrote };
  } catch (error) {
    await outputs.discard();
    throw error;
  }
}
