import { useCallback, useState } from 'react';
import { CannotReconcileError } from '../core/errors';
import type { PaneResult, PaneSettings, Phase } from './host';
import { useHost } from './hostContext';

/** What the pane shows: nothing yet, a run in progress, its result, a failure or a clear. */
export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly phase: Phase | 'clearing' }
  | { readonly status: 'done'; readonly result: PaneResult }
  | { readonly status: 'cleared' }
  | { readonly status: 'failed'; readonly reason: string; readonly expected: boolean };

function failure(error: unknown): RunState {
  // A workbook that cannot be reconciled is an expected outcome with a message for the user;
  // anything else is a bug, shown as such rather than swallowed.
  if (error instanceof CannotReconcileError || (error as Error)?.name === 'CannotReconcileError') {
    return { status: 'failed', reason: (error as Error).message, expected: true };
  }
  return {
    status: 'failed',
    reason: error instanceof Error ? error.message : String(error),
    expected: false,
  };
}

export function useReconciler() {
  const host = useHost();
  const [state, setState] = useState<RunState>({ status: 'idle' });

  const reconcile = useCallback(
    async (settings: PaneSettings) => {
      setState({ status: 'running', phase: 'reading' });
      try {
        const result = await host.reconcile(settings, (phase) =>
          setState({ status: 'running', phase }),
        );
        setState({ status: 'done', result });
      } catch (error) {
        setState(failure(error));
      }
    },
    [host],
  );

  const clear = useCallback(async () => {
    setState({ status: 'running', phase: 'clearing' });
    try {
      await host.clear();
      setState({ status: 'cleared' });
    } catch (error) {
      setState(failure(error));
    }
  }, [host]);

  return { state, reconcile, clear };
}
