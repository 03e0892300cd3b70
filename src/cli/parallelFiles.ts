/**
 * Reconciles many workbooks on all cores: a small pool of worker threads, each running the
 * same `reconcileFile` as the sequential folder loop, with results handed back in input order.
 * Proposed for folder mode (issue 7); src/cli/folder.ts can swap its loop for it:
 *
 *   for await (const { file, outcome, failure } of reconcileFilesInParallel(files, perFile)) …
 *
 * This module is both the pool (main thread) and the worker's entry (worker thread).
 */
import os from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { CannotReconcileError } from '../core/errors';
import { reconcileFile, type FileOptions, type FileOutcome } from './reconcileFile';

export interface FileJob {
  readonly file: string;
  readonly options: FileOptions;
}

/** One file's result: an outcome, or the one-line reason it could not be reconciled. */
export interface FileResult {
  readonly file: string;
  readonly outcome?: FileOutcome;
  readonly failure?: string;
}

/** Marks the threads this module starts, so it serves only in those. */
const WORKER_FLAG = 'budgetReconcilerFileWorker';

type Reply =
  | { readonly index: number; readonly outcome: FileOutcome }
  | { readonly index: number; readonly failure: string }
  | { readonly index: number; readonly crash: string };

interface Request {
  readonly index: number;
  readonly job: FileJob;
}

export interface ParallelOptions {
  /** Worker threads (default: the machine's parallelism, at most one per file). */
  readonly workers?: number;
  /** The compiled worker entry (default: this module's file; tests point at lib/). */
  readonly workerScript?: string;
}

/**
 * Reconciles each job in a worker thread and yields the results in job order as soon as each
 * next one is ready. A file that cannot be reconciled yields its reason; any other error stops
 * the run and is thrown.
 */
export async function* reconcileFilesInParallel(
  jobs: readonly FileJob[],
  options: ParallelOptions = {},
): AsyncGenerator<FileResult> {
  if (!jobs.length) return;
  const count = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), jobs.length));
  const script = options.workerScript ?? __filename;
  const results = new Map<number, FileResult>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let next = 0;
  const workers: Worker[] = [];
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const feed = (worker: Worker): void => {
    if (next >= jobs.length || failure) return;
    const request: Request = { index: next, job: jobs[next] };
    next++;
    worker.postMessage(request);
  };
  for (let w = 0; w < count; w++) {
    const worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
    worker.on('message', (reply: Reply) => {
      const file = jobs[reply.index].file;
      if ('crash' in reply) failure ??= new Error(reply.crash);
      else if ('outcome' in reply) results.set(reply.index, { file, outcome: reply.outcome });
      else results.set(reply.index, { file, failure: reply.failure });
      feed(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    workers.push(worker);
    feed(worker);
  }
  try {
    for (let index = 0; index < jobs.length; index++) {
      while (!results.has(index)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = results.get(index);
      results.delete(index);
      if (result) yield result;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Worker side: reconcile each requested file and reply. */
function serve(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: Request) => {
    reconcileFile(request.job.file, request.job.options).then(
      (outcome) => port.postMessage({ index: request.index, outcome } satisfies Reply),
      (error: unknown) => {
        const reply: Reply =
          error instanceof CannotReconcileError
            ? { index: request.index, failure: error.message }
            : {
                index: request.index,
                crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
              };
        port.postMessage(reply);
      },
    );
  });
}

const data: unknown = workerData;
if (typeof data === 'object' && data !== null && WORKER_FLAG in data) serve();
