import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { CancelledError, FileWorker, WorkerFailure, type Ask } from './fileWorker';
import type {
  Answer,
  FileReport,
  Phase,
  RowsWindow,
  RunOptions,
  WrittenWorkbook,
} from './protocol';

/** One file the user chose or dropped, one line in the list as in the command line's folder mode. */
export type FileEntry =
  | { readonly id: number; readonly name: string; readonly status: 'queued' }
  | {
      readonly id: number;
      readonly name: string;
      readonly status: 'running';
      readonly phase: Phase;
    }
  | {
      readonly id: number;
      readonly name: string;
      readonly status: 'done';
      readonly report: FileReport;
    }
  | {
      readonly id: number;
      readonly name: string;
      readonly status: 'failed';
      readonly reason: string;
      /** A file that cannot be reconciled, as opposed to a bug. */
      readonly expected: boolean;
    }
  | { readonly id: number; readonly name: string; readonly status: 'cancelled' };

/** Files that are plainly not workbooks are refused before a worker is started. */
const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|et)$/i;

/** Two at a time: the machines this runs on have few cores, and each worker holds a grid. */
const PARALLEL = 2;

export function useFiles(options: RunOptions, notAWorkbook: string) {
  const [entries, setEntries] = useState<readonly FileEntry[]>([]);
  const workers = useRef(new Map<number, FileWorker>());
  const waiting = useRef<{ id: number; file: File }[]>([]);
  const running = useRef(0);
  const nextId = useRef(1);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const entriesRef = useRef(entries);
  entriesRef.current = entries;

  const update = useCallback((id: number, entry: FileEntry) => {
    setEntries((all) => all.map((e) => (e.id === id ? entry : e)));
  }, []);

  const failed = useCallback(
    (id: number, name: string, error: unknown) => {
      if (error instanceof CancelledError) update(id, { id, name, status: 'cancelled' });
      else
        update(id, {
          id,
          name,
          status: 'failed',
          reason: error instanceof Error ? error.message : String(error),
          expected: error instanceof WorkerFailure && error.expected,
        });
    },
    [update],
  );

  const pump = useCallback(() => {
    while (running.current < PARALLEL && waiting.current.length) {
      const { id, file } = waiting.current.shift()!;
      let worker: FileWorker;
      try {
        worker = new FileWorker();
      } catch (error) {
        // A browser or policy that refuses the worker: the file says why, the page goes on.
        failed(id, file.name, error);
        continue;
      }
      running.current++;
      workers.current.set(id, worker);
      update(id, { id, name: file.name, status: 'running', phase: 'reading' });
      file
        .arrayBuffer()
        .then((bytes) =>
          worker.ask(
            { kind: 'open', fileId: id, name: file.name, bytes, options: optionsRef.current },
            (phase) => update(id, { id, name: file.name, status: 'running', phase }),
            [bytes],
          ),
        )
        .then((answer: Answer) => {
          if (answer.kind !== 'report') throw new Error(`unexpected answer ${answer.kind}`);
          // A transition: React renders the report in slices, so the page never blocks.
          startTransition(() =>
            update(id, { id, name: file.name, status: 'done', report: answer.report }),
          );
        })
        .catch((error: unknown) => {
          // A file the worker could not read keeps nothing worth asking for.
          if (!(error instanceof CancelledError)) worker.terminate();
          workers.current.delete(id);
          failed(id, file.name, error);
        })
        .finally(() => {
          running.current--;
          pump();
        });
    }
  }, [update, failed]);

  const addFiles = useCallback(
    (files: readonly File[]) => {
      const added: FileEntry[] = [];
      for (const file of files) {
        const id = nextId.current++;
        if (!WORKBOOK_NAME.test(file.name)) {
          added.push({
            id,
            name: file.name,
            status: 'failed',
            reason: notAWorkbook,
            expected: true,
          });
          continue;
        }
        added.push({ id, name: file.name, status: 'queued' });
        waiting.current.push({ id, file });
      }
      setEntries((all) => [...all, ...added]);
      pump();
      return added.map((entry) => entry.id);
    },
    [pump, notAWorkbook],
  );

  /** Stops every run in progress and every file still waiting. */
  const cancel = useCallback(() => {
    for (const { id, file } of waiting.current.splice(0)) {
      update(id, { id, name: file.name, status: 'cancelled' });
    }
    for (const entry of entriesRef.current) {
      if (entry.status !== 'running') continue;
      workers.current.get(entry.id)?.terminate();
      workers.current.delete(entry.id);
    }
  }, [update]);

  const ask = useCallback(
    (id: number, request: Ask, progress?: (phase: Phase) => void): Promise<Answer> => {
      const worker = workers.current.get(id);
      if (!worker) return Promise.reject(new Error('the file is no longer open'));
      return worker.ask(request, progress);
    },
    [],
  );

  const rowsWindow = useCallback(
    async (id: number, sheet: string, top: number, count: number): Promise<RowsWindow> => {
      const answer = await ask(id, { kind: 'window', fileId: id, sheet, top, count });
      if (answer.kind !== 'window') throw new Error(`unexpected answer ${answer.kind}`);
      return answer.window;
    },
    [ask],
  );

  const write = useCallback(
    async (id: number, kind: 'annotate' | 'clear', progress: (phase: Phase) => void) => {
      const answer = await ask(id, { kind, fileId: id }, progress);
      if (answer.kind !== 'workbook') throw new Error(`unexpected answer ${answer.kind}`);
      return answer.workbook satisfies WrittenWorkbook;
    },
    [ask],
  );

  // Strict mode or the language changed: every reconciled file is checked again, on its grid.
  const { strict, language, today } = options;
  useEffect(() => {
    for (const entry of entriesRef.current) {
      if (entry.status !== 'done') continue;
      const { id, name } = entry;
      ask(id, { kind: 'rerun', fileId: id, options: { strict, language, today } })
        .then((answer) => {
          if (answer.kind === 'report')
            startTransition(() => update(id, { id, name, status: 'done', report: answer.report }));
        })
        .catch((error: unknown) => failed(id, name, error));
    }
  }, [strict, language, today, ask, update, failed]);

  useEffect(() => {
    const all = workers.current;
    return () => {
      for (const worker of all.values()) worker.terminate();
    };
  }, []);

  return { entries, addFiles, cancel, rowsWindow, write };
}
