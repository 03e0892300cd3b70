import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import App from './components/App';
import { loadSettings } from './settings';
import { UNSUPPORTED_MESSAGE, unsupportedFeature } from './support';

/** Check, then render once; an older browser gets one plain paragraph and nothing else. */
function start(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  const missing = unsupportedFeature(globalThis);
  if (missing) {
    const message = document.createElement('p');
    message.textContent = `${UNSUPPORTED_MESSAGE} (${missing})`;
    root.replaceChildren(message);
    return;
  }
  // The core never reads the clock: the date is read here, as the command line does.
  const today = new Date().toISOString().slice(0, 10);
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App initialSettings={loadSettings()} today={today} />
    </FluentProvider>,
  );
}

start();
