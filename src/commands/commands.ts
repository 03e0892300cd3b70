import { reconcileFromRibbon } from './ribbon';

void Office.onReady();
Office.actions.associate('reconcile', (event: Office.AddinCommands.Event) => {
  void reconcileFromRibbon(event);
});
