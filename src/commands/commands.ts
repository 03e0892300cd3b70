import { CannotReconcileError } from '../core/errors';
import { countFindings } from '../core/findings/report';
import { createExcelHost } from '../taskpane/excel';
import { defaultSettings } from '../taskpane/settings';

/**
 * The ribbon's 一键对账 / Reconcile button (ExecuteFunction): the same use case as the pane,
 * with the settings saved in the workbook. It has no UI of its own, so it selects the first
 * error (or warning) cell — the user lands on the highlight and its note — and leaves a summary
 * the pane shows when opened.
 */
export async function reconcileFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  const host = createExcelHost();
  const at = new Date().toISOString();
  try {
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
    await host.recordCommandRun({ at, failure }).catch(() => undefined);
  } finally {
    // Office shows the button as busy until this is called, whatever happened.
    event.completed();
  }
}

void Office.onReady();
Office.actions.associate('reconcile', (event: Office.AddinCommands.Event) => {
  void reconcileFromRibbon(event);
});
