import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import App from './components/App';
import { createExcelHost } from './excel';
import { HostContext } from './hostContext';
import { defaultSettings } from './settings';

/** Gate, provide, render — once: office.js first, then one FluentProvider around the app. */
Office.onReady(async () => {
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
});
