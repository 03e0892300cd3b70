import path from 'node:path';
import { buildReport, countFindings, type JsonReport } from '../core/findings/report';
import type { Language } from '../core/model/finding';
import { reconcileWorkbook } from '../core/usecase/reconcileWorkbook';
import { loadWorkbook, readWorkbookBytes, saveText, saveWorkbook } from '../xlsx/file';
import { XlsxPort } from '../xlsx/XlsxPort';
import { CannotReconcileError } from '../core/errors';

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

/**
 * Reconciles one workbook file. Never writes the input; writes the annotated copy and the JSON
 * report only when the whole run succeeded, each through a temporary file.
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
  const workbook = await loadWorkbook(file, bytes);
  const port = new XlsxPort(workbook);
  const result = await reconcileWorkbook(port, {
    language: options.language,
    strict: options.strict,
    // The front end reads the clock; the core takes the date (invalid-id: no future births).
    today: new Date().toISOString().slice(0, 10),
  });
  const report = buildReport(path.basename(file), result);
  const wrote: { what: 'out' | 'json'; file: string }[] = [];
  if (options.out) {
    await saveWorkbook(workbook, options.out);
    wrote.push({ what: 'out', file: options.out });
  }
  if (options.json) {
    await saveText(JSON.stringify(report, null, 2) + '\n', options.json);
    wrote.push({ what: 'json', file: options.json });
  }
  return { report, exitCode: countFindings(report.findings).error > 0 ? 1 : 0, wrote };
}
