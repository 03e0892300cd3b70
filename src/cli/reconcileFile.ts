import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildReport, countFindings, type JsonReport } from '../core/findings/report';
import type { Language } from '../core/model/finding';
import { checkLegacyOutput, checkOutputExtension, readWorkbookBytes } from '../xlsx/file';
import { CannotReconcileError } from '../core/errors';
import { isCompoundFile } from '../xlsx/compoundFile';
import { legacyPackageOf } from '../xlsx/legacyPackage';
import { checkPackageLimits } from '../xlsx/fast/GridPort';
import { annotatePackage } from '../xlsx/patch';
import { NODE_CODEC } from '../xlsx/patch/nodeCodec';
import { checkOutputs, checkRegularFile, StagedOutputs } from './outputs';
import { reconcileBytes, type Reconciled } from './reconcileInWorker';

export interface FileOptions {
  readonly out?: string;
  readonly json?: string;
  readonly language: Language;
  readonly strict: boolean;
}

export interface FileOutcome {
  readonly report: JsonReport;
  readonly exitCode: 0 | 1;
  readonly wrote: readonly { readonly what: 'out' | 'json'; readonly file: string }[];
  /**
   * The annotated copy of a binary .xls / .et was written as a new .xlsx from its values: the
   * caller says once what was not carried over (CLI_TEXT `legacyCopy`).
   */
  readonly fromLegacy: boolean;
}

/** The annotated copy: the input's package patched (see src/xlsx/patch), never re-written. */
function annotated(file: string, bytes: Uint8Array, reconciled: Reconciled): Uint8Array {
  try {
    return annotatePackage(
      bytes,
      { marks: reconciled.marks, summary: reconciled.summary },
      { codec: NODE_CODEC },
    ).bytes;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new CannotReconcileError(`${file}: cannot write the annotated copy (${message})`);
  }
}

/**
 * Reconciles one workbook file. Never writes the input; writes the annotated copy and the JSON
 * report only when the whole run succeeded: each to a temporary file, all renamed at the end.
 */
export async function reconcileFile(file: string, options: FileOptions): Promise<FileOutcome> {
  await checkOutputs(file, [
    { flag: '--out', file: options.out },
    { flag: '--json', file: options.json },
  ]);
  await checkRegularFile(file);
  const input = await readWorkbookBytes(file);
  checkPackageLimits(file, input);
  const legacy = isCompoundFile(input);
  if (options.out) {
    if (legacy) checkLegacyOutput(file, options.out);
    else checkOutputExtension(file, options.out);
  }
  // With --out, a binary workbook becomes its .xlsx first, and that package is what is
  // reconciled and marked: the copy's marks and summary describe exactly what it holds.
  const fromLegacy = legacy && options.out !== undefined;
  const bytes = fromLegacy ? legacyPackageOf(file, input) : input;
  const reconciled = await reconcileBytes(file, bytes, {
    language: options.language,
    strict: options.strict,
    // The front end reads the clock; the core takes the date (invalid-id: no future births).
    today: new Date().toISOString().slice(0, 10),
    // A report-only run writes no workbook, so no summary sheet to lay out.
    summary: options.out !== undefined,
  });
  const wrote: { what: 'out' | 'json'; file: string }[] = [];
  const outputs = new StagedOutputs();
  try {
    if (options.out) {
      const copy = annotated(file, bytes, reconciled);
      await outputs.stage(options.out, (temporary) => fs.writeFile(temporary, copy));
      wrote.push({ what: 'out', file: options.out });
    }
    const report = buildReport(path.basename(file), reconciled);
    if (options.json) {
      const text = JSON.stringify(report, null, 2) + '\n';
      await outputs.stage(options.json, (temporary) => fs.writeFile(temporary, text, 'utf8'));
      wrote.push({ what: 'json', file: options.json });
    }
    await outputs.commit();
    const exitCode = countFindings(report.findings).error > 0 ? 1 : 0;
    return { report, exitCode, wrote, fromLegacy };
  } catch (error) {
    await outputs.discard();
    throw error;
  }
}
