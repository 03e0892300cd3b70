import { boot, mayStart } from '../bootstrap/boot';
import { registerRibbon } from './commands';

// commands.html: the function file for a host without a shared runtime.
if (mayStart()) {
  void Office.onReady();
  registerRibbon();
  boot()?.started();
}
