import { useCallback, useRef, useState } from 'react';
import { reconcile as reconcileGrid } from '../core/reconcile';
import { failureOf, type Failure } from './failure';
import type { PaneResult, PaneSettings, Phase } from './host';
import { useHost } from './hostContext';

/** What the pane shows: nothing yet, a run in progress, its result, a failure or a clear. */
export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly phase: Phase | 'clearing' }
  | { readonly status: 'done'; readonly result: PaneResult }
  | { readonly status: 'cleared' }
  | { readonly status: 'failed'; readonly failure: Failure; readonly reason: string };

function failed(error: unknown): RunState {
  const failure = failureOf(error);
  return { status: 'failed', failure, reason: failure.reason ?? failure.code ?? 'unknown' };
}

export function useReconciler() {
  const host = useHost();
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const latest = useRef(state);
  const show = useCallback((next: RunState) => {
    latest.current = next;
    setState(next);
    return next;
  }, []);

  const reconcile = useCallback(
    async (settings: PaneSettings): Promise<RunState> => {
      show({ status: 'running', phase: 'reading' });
      try {
        const result = await host.reconcile(settings, (phase) =>
          show({ status: 'running', phase }),
        );
        return show({ status: 'done', result });
      } catch (error) {
        return show(failed(error));
      }
    },
    [host, show],
  );

  /**
   * Language or strict mode changed after a run: the core runs again on the grid already read
   * (no new read of the workbook) and the findings are shown anew; the marks stay as written
   * until the next run.
   */
  const rerun = useCallback(
    (settings: PaneSettings) => {
      const current = latest.current;
      if (current.status !== 'done' || !current.result.grid) return;
      const { grid, ignoreSheets = [] } = current.result;
      try {
        const { sheets, findings } = reconcileGrid(grid, { ...settings, ignoreSheets });
        show({ status: 'done', result: { ...current.result, sheets, findings } });
      } catch (error) {
        show(failed(error));
      }
    },
    [show],
  );

  const clear = useCallback(async () => {
    show({ status: 'running', phase: 'clearing' });
    try {
      await host.clear();
      show({ status: 'cleared' });
    } catch (error) {
      show(failed(error));
    }
  }, [host, show]);

  return { state, reconcile, rerun, clear };
}
