import { CannotReconcileError } from '../core/errors';
import { countFindings } from '../core/findings/report';
import type { Finding } from '../core/model/finding';
import { createExcelHost } from '../taskpane/excel';
import type { LastRun, PaneResult, PaneSettings, ReconcilerHost } from '../taskpane/host';
import { paneRun, type PaneRun } from '../taskpane/paneBridge';
import { defaultSettings } from '../taskpane/settings';

/** What the ribbon needs of an add-in command's event: to say it is done. */
export interface CommandEvent {
  completed(): void;
}

export interface RibbonDeps {
  readonly makeHost: () => ReconcilerHost;
  /** The pane's own run, when the pane lives in this runtime (shared runtime). */
  readonly pane: () => PaneRun | undefined;
}

const DEFAULTS: RibbonDeps = { makeHost: createExcelHost, pane: paneRun };

const firstToFix = (findings: readonly Finding[]): Finding | undefined =>
  findings.find((finding) => finding.severity === 'error') ??
  findings.find((finding) => finding.severity === 'warning');

/**
 * Without the pane, the workbook is the feedback: the first error (or warning) selected, so
 * the user lands on the highlight and its note; with nothing to fix, the summary sheet shown.
 */
async function landOnResult(host: ReconcilerHost, result: PaneResult): Promise<void> {
  const first = firstToFix(result.findings);
  if (first) await host.selectCell(first.sheet, first.cell);
  else if (result.written?.summarySheet) await host.activateSheet(result.written.summarySheet);
}

async function runAlone(
  host: ReconcilerHost,
  settings: PaneSettings,
  at: string,
): Promise<LastRun> {
  try {
    const result = await host.reconcile(settings, () => undefined);
    await landOnResult(host, result);
    return { at, counts: countFindings(result.findings) };
  } catch (error) {
    if (!(error instanceof CannotReconcileError)) throw error;
    // Excel has no notification for add-in commands: a small dialog says why nothing happened.
    await host.showDialog(error.message, settings.language).catch(() => undefined);
    return { at, failure: error.message };
  }
}

/** Shared runtime: open the pane and run there, so the pane shows progress and findings. */
async function runInPane(host: ReconcilerHost, run: PaneRun, at: string): Promise<LastRun> {
  // A pane that cannot be shown still runs: the workbook then shows the result.
  await host.showPane().catch(() => undefined);
  const state = await run();
  if (state.status === 'done') {
    await landOnResult(host, state.result);
    return { at, counts: countFindings(state.result.findings) };
  }
  return { at, failure: state.status === 'failed' ? state.reason : 'not run' };
}

/**
 * The ribbon's 一键对账 / Reconcile button (ExecuteFunction): the same use case as the pane,
 * with the settings saved in the workbook. It records what it did for the pane to show.
 */
export async function reconcileFromRibbon(
  event: CommandEvent,
  deps: RibbonDeps = DEFAULTS,
): Promise<void> {
  const at = new Date().toISOString();
  let host: ReconcilerHost | undefined;
  try {
    // Inside the try: a host that cannot even be created must still release the button.
    host = deps.makeHost();
    const pane = host.sharedRuntime ? deps.pane() : undefined;
    const settings = (await host.loadSettings()) ?? defaultSettings(host.displayLanguage);
    const record = pane ? await runInPane(host, pane, at) : await runAlone(host, settings, at);
    await host.recordCommandRun(record);
  } catch (error) {
    const failure = `unexpected error: ${String(error)}`;
    await host?.recordCommandRun({ at, failure }).catch(() => undefined);
  } finally {
    // Office shows the button as busy until this is called, whatever happened.
    event.completed();
  }
}
