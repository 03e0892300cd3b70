import { mayStart } from '../bootstrap/boot';
import { reconcileFromRibbon } from './ribbon';

/**
 * Registers the ribbon's Reconcile button. Called at load by the page that is the manifest's
 * function file — taskpane.html in the shared runtime, commands.html otherwise. Where the
 * bootstrap found this webview too old it has already registered a command that only releases
 * the button; registering ours would run code the webview cannot.
 */
export function registerRibbon(): void {
  if (!mayStart()) return;
  Office.actions.associate('reconcile', (event: Office.AddinCommands.Event) => {
    void reconcileFromRibbon(event);
  });
}
