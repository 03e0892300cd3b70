import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { boot, mayStart } from '../bootstrap/boot';
import { registerRibbon } from '../commands/commands';
import App from './components/App';
import { createExcelHost } from './excel';
import { HostContext } from './hostContext';
import { defaultSettings } from './settings';

/** Gate, provide, render — once: office.js first, then one FluentProvider around the app. */
async function start(): Promise<void> {
  const host = createExcelHost();
  const settings = (await host.loadSettings()) ?? defaultSettings(host.displayLanguage);
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <HostContext.Provider value={host}>
        <App initialSettings={settings} />
      </HostContext.Provider>
    </FluentProvider>,
  );
  boot()?.started();
}

if (mayStart()) {
  // taskpane.html is the function file too (shared runtime): the ribbon button is handled here.
  registerRibbon();
  Office.onReady()
    .then(start)
    .catch((error: unknown) => {
      // Nothing rendered yet: say so in both languages rather than leave a blank pane.
      document.body.textContent = `预算对账无法启动 / Budget Reconciler could not start: ${
        error instanceof Error ? error.message : 'unknown error'
      }`;
    });
}
