import { CannotReconcileError } from '../core/errors';
import { countFindings } from '../core/findings/report';
import { createExcelHost } from '../taskpane/excel';
import type { ReconcilerHost } from '../taskpane/host';
import { defaultSettings } from '../taskpane/settings';

/** What the ribbon needs of an add-in command's event: to say it is done. */
export interface CommandEvent {
  completed(): void;
}

/**
 * The ribbon's 一键对账 / Reconcile button (ExecuteFunction): the same use case as the pane,
 * with the settings saved in the workbook. It has no UI of its own, so it selects the first
 * error (or warning) cell — the user lands on the highlight and its note — and leaves a summary
 * the pane shows when opened.
 */
export async function reconcileFromRibbon(
  event: CommandEvent,
  makeHost: () => ReconcilerHost = createExcelHost,
): Promise<void> {
  const at = new Date().toISOString();
  let host: ReconcilerHost | undefined;
  try {
    // Inside the try: a host that cannot even be created must still release the button.
    host = makeHost();
    const settings = (await host.loadSettings()) ?? defaultSettings(host.displayLanguage);
    const { findings } = await host.reconcile(settings, () => undefined);
    const first =
      findings.find((finding) => finding.severity === 'error') ??
      findings.find((finding) => finding.severity === 'warning');
    if (first) await host.selectCell(first.sheet, first.cell);
    await host.recordCommandRun({ at, counts: countFindings(findings) });
  } catch (error) {
    const failure =
      error instanceof CannotReconcileError ? error.message : `unexpected error: ${String(error)}`;
    await host?.recordCommandRun({ at, failure }).catch(() => undefined);
  } finally {
    // Office shows the button as busy until this is called, whatever happened.
    event.completed();
  }
}
