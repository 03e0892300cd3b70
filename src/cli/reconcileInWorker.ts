/**
 * `--out` on all cores: a worker thread reads the workbook with the fast reader and reconciles
 * it (through a read-only GridPort that keeps the marks and the summary layout the use case
 * asks for) while this thread loads the same bytes with ExcelJS for writing. The writes are
 * then replayed onto the ExcelJS port. Same use case, same findings: the two readers give the
 * same grid (test/xlsx/fastReader.test.ts).
 *
 * This module is both the caller (main thread) and the worker's entry (worker thread).
 */
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { CannotReconcileError } from '../core/errors';
import type { ReconcileWorkbookOptions } from '../core/usecase/reconcileWorkbook';
import { reconcileWorkbook } from '../core/usecase/reconcileWorkbook';
import type { JsonReport } from '../core/findings/report';
import type { Mark } from '../core/port/marks';
import type { SummaryLayout } from '../core/summary/layout';
import { openGridPort } from '../xlsx/fast/GridPort';

/** What the worker hands back: the report's parts and the writes to replay. */
export interface Reconciled {
  readonly sheets: JsonReport['sheets'];
  readonly findings: JsonReport['findings'];
  readonly projects: JsonReport['projects'];
  readonly marks: readonly Mark[];
  readonly summary: SummaryLayout | undefined;
}

interface Request {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly options: ReconcileWorkbookOptions;
}

type Reply =
  { readonly reconciled: Reconciled } | { readonly failure: string } | { readonly crash: string };

const WORKER_FLAG = 'budgetReconcilerOutWorker';

/** Worker threads run compiled JavaScript; under ts-jest there is none to start. */
export const CAN_RECONCILE_IN_WORKER = __filename.endsWith('.js');

/** Reads and reconciles in this thread: the worker's job, also the fallback without workers. */
export async function reconcileBytes(
  file: string,
  bytes: Uint8Array,
  options: ReconcileWorkbookOptions,
): Promise<Reconciled> {
  const port = openGridPort(file, bytes);
  const result = await reconcileWorkbook(port, options);
  return {
    sheets: result.sheets,
    findings: result.findings,
    projects: result.projects,
    marks: port.marks,
    summary: port.summary?.layout,
  };
}

/** Runs `reconcileBytes` in a worker thread; a file that cannot be reconciled rejects as usual. */
export function reconcileBytesInWorker(
  file: string,
  bytes: Uint8Array,
  options: ReconcileWorkbookOptions,
): Promise<Reconciled> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { [WORKER_FLAG]: true } });
    worker.once('message', (reply: Reply) => {
      void worker.terminate();
      if ('reconciled' in reply) resolve(reply.reconciled);
      else if ('failure' in reply) reject(new CannotReconcileError(reply.failure));
      else reject(new Error(reply.crash));
    });
    worker.once('error', (error) => {
      void worker.terminate();
      reject(error);
    });
    worker.postMessage({ file, bytes, options } satisfies Request);
  });
}

function serve(): void {
  const port = parentPort;
  if (!port) return;
  port.once('message', (request: Request) => {
    reconcileBytes(request.file, request.bytes, request.options).then(
      (reconciled) => port.postMessage({ reconciled } satisfies Reply),
      (error: unknown) =>
        port.postMessage(
          (error instanceof CannotReconcileError
            ? { failure: error.message }
            : { crash: error instanceof Error ? error.message : String(error) }) satisfies Reply,
        ),
    );
  });
}

const data: unknown = workerData;
if (typeof data === 'object' && data !== null && WORKER_FLAG in data) serve();
