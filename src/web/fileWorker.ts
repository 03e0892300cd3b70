/**
 * One Web Worker per open file: it holds the file's bytes and grid, answers the sheet view's
 * windows and writes the downloads. Cancelling a run terminates that worker — the only way to
 * stop synchronous work — and leaves every other file as it was.
 */
import type { Answer, Phase, Reply, Request } from './protocol';

/** Distributes a request without the id the client adds. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type Ask = WithoutId<Request>;

/** A run the user cancelled. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

/** A failure the worker reported: `expected` for a file that cannot be reconciled. */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
  constructor(
    message: string,
    readonly expected: boolean,
  ) {
    super(message);
  }
}

const WORKER_SOURCE_ID = 'worker-source';
const WORKER_FILE = 'worker.js';
let inlineWorkerUrl: string | undefined;

/**
 * The worker's script: `worker.js` beside the page (dist/web), or — in the single-file build,
 * which has nothing beside it — the worker's source inlined in the page, as a blob: URL.
 */
function workerUrl(): string {
  const inline = document.getElementById(WORKER_SOURCE_ID);
  if (!inline?.textContent) return WORKER_FILE;
  inlineWorkerUrl ??= URL.createObjectURL(
    new Blob([inline.textContent], { type: 'text/javascript' }),
  );
  return inlineWorkerUrl;
}

interface Pending {
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
  readonly progress?: (phase: Phase) => void;
}

export class FileWorker {
  private readonly worker = new Worker(workerUrl());
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker.onmessage = (event: MessageEvent<Reply>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new WorkerFailure(event.message || 'the worker stopped', false));
    };
  }

  private receive(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') {
      pending.progress?.(reply.phase);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === 'done') pending.resolve(reply.answer);
    else pending.reject(new WorkerFailure(reply.reason, reply.expected));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  ask(
    request: Ask,
    progress?: (phase: Phase) => void,
    transfer: Transferable[] = [],
  ): Promise<Answer> {
    const id = this.nextId++;
    return new Promise<Answer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  /** Stops whatever the worker is doing; every open request rejects with CancelledError. */
  terminate(): void {
    this.worker.terminate();
    this.failAll(new CancelledError('cancelled'));
  }
}
