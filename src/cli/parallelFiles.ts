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

/** Heap of one worker thread: a file that needs more fails alone, the other files go on. */
const WORKER_HEAP_MB = 2048;

/** One line for a file whose thread crashed: the error's first line, never a stack. */
function crashLine(file: string, reason: string): string {
  return `${file}: internal error: ${reason.split('\n')[0]}`;
}

/**
 * Reconciles each job in a worker thread and yields the results in job order as soon as each
 * next one is ready. Every job gets a result: a file that cannot be reconciled — or whose
 * thread crashed or ran out of memory — yields its one-line reason, and a crashed thread is
 * replaced, so one bad file never costs the others theirs.
 */
export async function* reconcileFilesInParallel(
  jobs: readonly FileJob[],
  options: ParallelOptions = {},
): AsyncGenerator<FileResult> {
  if (!jobs.length) return;
  const count = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), jobs.length));
  const script = options.workerScript ?? __filename;
  const results = new Map<number, FileResult>();
  let wake: (() => void) | undefined;
  let next = 0;
  const workers = new Set<Worker>();
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  const start = (): void => {
    if (next >= jobs.length) return;
    const worker = new Worker(script, {
      workerData: { [WORKER_FLAG]: true },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    workers.add(worker);
    let current: number | undefined;
    const feed = (): void => {
      if (next >= jobs.length) {
        current = undefined;
        return;
      }
      current = next++;
      worker.postMessage({ index: current, job: jobs[current] } satisfies Request);
    };
    const fail = (reason: string): void => {
      if (current !== undefined && !results.has(current)) {
        const file = jobs[current].file;
        results.set(current, { file, failure: crashLine(file, reason) });
      }
      current = undefined;
      workers.delete(worker);
      void worker.terminate();
      start(); // a fresh thread for the files still waiting
      notify();
    };
    worker.on('message', (reply: Reply) => {
      const file = jobs[reply.index].file;
      if ('crash' in reply)
        results.set(reply.index, { file, failure: crashLine(file, reply.crash) });
      else if ('outcome' in reply) results.set(reply.index, { file, outcome: reply.outcome });
      else results.set(reply.index, { file, failure: reply.failure });
      feed();
      notify();
    });
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (workers.has(worker)) fail(`the worker thread stopped (exit code ${code})`);
    });
    feed();
  };
  for (let w = 0; w < count; w++) start();
  try {
    for (let index = 0; index < jobs.length; index++) {
      while (!results.has(index)) await new Promise<void>((resolve) => (wake = resolve));
      const result = results.get(index);
      results.delete(index);
      if (result) yield result;
    }
  } finally {
    const stopping = [...workers];
    workers.clear();
    await Promise.all(stopping.map((worker) => worker.terminate()));
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
                crash: error instanceof Error ? error.message : String(error),
              };
        port.postMessage(reply);
      },
    );
  });
}

const data: unknown = workerData;
if (typeof data === 'object' && data !== null && WORKER_FLAG in data) serve();
