import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Finding } from '../../core/model/finding';
import type { ColumnRole } from '../../core/model/roles';
import type { PaneSettings } from '../host';
import { useHost } from '../hostContext';
import { MESSAGES } from '../i18n';
import { useReconciler } from '../useReconciler';
import FindingsList from './FindingsList';
import Header from './Header';
import ReconcileBar from './ReconcileBar';
import SettingsPanel from './SettingsPanel';
import StatusMessage from './StatusMessage';

export interface AppProps {
  /** Settings as loaded from the workbook, or the defaults for the display language. */
  readonly initialSettings: PaneSettings;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalXL,
  },
});

export default function App({ initialSettings }: AppProps) {
  const styles = useStyles();
  const host = useHost();
  const [settings, setSettings] = useState(initialSettings);
  const [problem, setProblem] = useState<string>();
  const { state, reconcile, clear } = useReconciler();
  const messages = MESSAGES[settings.language];
  const lastRun = state.status === 'idle' ? host.lastCommandRun() : undefined;

  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);

  const change = useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      host.saveSettings(next).catch((error: unknown) => setProblem(String(error)));
    },
    [host],
  );

  const useSelection = useCallback(
    async (role: ColumnRole) => {
      try {
        const { sheet, cell } = await host.selectedCell();
        const roles = { ...settings.overrides[sheet], [role]: cell };
        change({ ...settings, overrides: { ...settings.overrides, [sheet]: roles } });
      } catch (error) {
        setProblem(String(error));
      }
    },
    [host, settings, change],
  );

  const select = useCallback(
    (finding: Finding) => {
      host
        .selectCell(finding.sheet, finding.cell)
        .catch((error: unknown) => setProblem(String(error)));
    },
    [host],
  );

  return (
    <main className={styles.root} lang={settings.language}>
      <Header title={messages.title} />
      <ReconcileBar
        messages={messages}
        state={state}
        onReconcile={() => void reconcile(settings)}
        onClear={() => void clear()}
      />
      {!host.notesSupported && (
        <MessageBar intent="info">
          <MessageBarBody>{messages.notesUnsupported}</MessageBarBody>
        </MessageBar>
      )}
      {lastRun && (
        <MessageBar intent={lastRun.failure ? 'warning' : 'info'}>
          <MessageBarBody>
            {lastRun.failure
              ? messages.lastRunFailed(lastRun.failure)
              : lastRun.counts && messages.lastRun(lastRun.counts)}
          </MessageBarBody>
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <StatusMessage messages={messages} state={state} />
      {state.status === 'done' && state.result.findings.length > 0 && (
        <FindingsList result={state.result} messages={messages} onSelect={select} />
      )}
      <SettingsPanel
        messages={messages}
        settings={settings}
        onChange={change}
        onUseSelection={(role) => void useSelection(role)}
      />
    </main>
  );
}
