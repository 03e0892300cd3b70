import path from 'node:path';
import { buildReport, countFindings, type JsonReport } from '../core/findings/report';
import type { Language } from '../core/model/finding';
import { checkOutputExtension, readWorkbookBytes, saveBytes, saveText } from '../xlsx/file';
import { CannotReconcileError } from '../core/errors';
import { annotatePackage } from '../xlsx/patch';
import { NODE_CODEC } from '../xlsx/patch/nodeCodec';
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
}

function sameFile(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
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
 * report only when the whole run succeeded, each through a temporary file.
 *
 * The fast reader's grid is what is reconciled; with `--out`, the marks and the summary layout
 * the use case asked for are patched into a copy of the input's own package.
 */
export async function reconcileFile(file: string, options: FileOptions): Promise<FileOutcome> {
  for (const target of [options.out, options.json]) {
    if (target && sameFile(target, file)) {
      throw new CannotReconcileError(
        `${target}: refusing to overwrite the input workbook; choose another output path`,
      );
    }
  }
  if (options.out) checkOutputExtension(file, options.out);
  const bytes = await readWorkbookBytes(file);
  const reconciled = await reconcileBytes(file, bytes, {
    language: options.language,
    strict: options.strict,
    // The front end reads the clock; the core takes the date (invalid-id: no future births).
    today: new Date().toISOString().slice(0, 10),
    // A report-only run writes no workbook, so no summary sheet to lay out.
    summary: options.out !== undefined,
  });
  const wrote: { what: 'out' | 'json'; file: string }[] = [];
  if (options.out) {
    await saveBytes(annotated(file, bytes, reconciled), options.out);
    wrote.push({ what: 'out', file: options.out });
  }
  const report = buildReport(path.basename(file), reconciled);
  if (options.json) {
    await saveText(JSON.stringify(report, null, 2) + '\n', options.json);
    wrote.push({ what: 'json', file: options.json });
  }
  return { report, exitCode: countFindings(report.findings).error > 0 ? 1 : 0, wrote };
}
