import type { RunState } from './useReconciler';

/**
 * In a shared runtime the ribbon button and the pane are one page: the pane registers how it
 * runs a reconciliation (with its current settings, showing progress and findings), and the
 * button calls that instead of running on its own, so both show the same result.
 */
export type PaneRun = () => Promise<RunState>;

let current: PaneRun | undefined;

export function registerPaneRun(run: PaneRun): () => void {
  current = run;
  return () => {
    if (current === run) current = undefined;
  };
}

export function paneRun(): PaneRun | undefined {
  return current;
}
