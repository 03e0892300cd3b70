/**
 * The page's Web Worker: reads, reconciles and writes workbooks off the main thread, so the page
 * never blocks. One request at a time per message; the page cancels a run by terminating the
 * worker and starting a new one.
 */
import { CannotReconcileError } from '../../core/errors';
import { maskIds } from '../../core/findings/privacy';
import type { Answer, Phase, Reply, Request } from '../protocol';
import { NotAvailableError } from './annotate';
import { annotateFile, clearFile, forgetFile, openFile, rerunFile, rowsWindow } from './session';

/** The worker's global scope, as far as this file uses it (tsconfig's lib is the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: Reply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

async function answer(request: Request, progress: (phase: Phase) => void): Promise<Answer> {
  switch (request.kind) {
    case 'open':
      return {
        kind: 'report',
        report: await openFile(
          request.fileId,
          request.name,
          new Uint8Array(request.bytes),
          request.options,
          progress,
        ),
      };
    case 'rerun':
      progress('checking');
      return { kind: 'report', report: await rerunFile(request.fileId, request.options) };
    case 'window':
      return {
        kind: 'window',
        window: rowsWindow(request.fileId, request.sheet, request.top, request.count),
      };
    case 'annotate':
      progress('writing');
      return { kind: 'workbook', workbook: annotateFile(request.fileId) };
    case 'clear':
      progress('writing');
      return { kind: 'workbook', workbook: clearFile(request.fileId) };
    case 'forget':
      forgetFile(request.fileId);
      return { kind: 'none' };
  }
}

/** Only the first line of an error, IDs masked: the page shows one line, never a stack. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return maskIds(message.split('\n')[0]);
}

scope.onmessage = (event) => {
  const request = event.data;
  const progress = (phase: Phase) => scope.postMessage({ kind: 'progress', id: request.id, phase });
  answer(request, progress).then(
    (result) => {
      const transfer = result.kind === 'workbook' ? [result.workbook.bytes] : [];
      scope.postMessage({ kind: 'done', id: request.id, answer: result }, transfer);
    },
    (error: unknown) =>
      scope.postMessage({
        kind: 'failed',
        id: request.id,
        reason: oneLine(error),
        expected: error instanceof CannotReconcileError || error instanceof NotAvailableError,
      }),
  );
};
