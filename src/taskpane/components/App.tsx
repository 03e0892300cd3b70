import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { detectSheet } from '../../core/detect/sheet';
import { withOverride } from '../../core/detect/overrides';
import type { Finding } from '../../core/model/finding';
import type { ColumnRole } from '../../core/model/roles';
import type { PaneSettings } from '../host';
import { useHost } from '../hostContext';
import { MESSAGES } from '../i18n';
import { registerPaneRun } from '../paneBridge';
import { useReconciler } from '../useReconciler';
import { headerTextsOf, looksLikeHeader } from '../headers';
import FindingsList from './FindingsList';
import Header from './Header';
import LiveRegion from './LiveRegion';
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
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
});

export default function App({ initialSettings }: AppProps) {
  const styles = useStyles();
  const host = useHost();
  const [settings, setSettings] = useState(initialSettings);
  const [problem, setProblem] = useState<string>();
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [notAHeader, setNotAHeader] = useState(false);
  const { state, reconcile, rerun, clear } = useReconciler();
  const messages = MESSAGES[settings.language];
  const lastRun = state.status === 'idle' ? host.lastCommandRun() : undefined;
  const current = useRef(settings);
  current.current = settings;

  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);

  // The ribbon button (shared runtime) runs here, with the pane's settings and progress.
  useEffect(() => registerPaneRun(() => reconcile(current.current)), [reconcile]);

  const change = useCallback(
    (next: PaneSettings) => {
      const rerunCore = next.language !== settings.language || next.strict !== settings.strict;
      setSettings(next);
      if (rerunCore) rerun(next);
      host.saveSettings(next).catch((error: unknown) => setProblem(String(error)));
    },
    [host, settings, rerun],
  );

  const useSelection = useCallback(
    async (role: ColumnRole) => {
      try {
        const { sheet, cell, text = '' } = await host.selectedCell();
        setPicked((known) => ({ ...known, [`${sheet}!${cell}`]: text }));
        setNotAHeader(!looksLikeHeader(text));
        // The choice replaces the role's choice in the same table only (tables as last read).
        const read = state.status === 'done' ? state.result.grid : undefined;
        const gridSheet = read?.sheets.find((candidate) => candidate.name === sheet);
        const before = settings.overrides[sheet] ?? {};
        const tables = gridSheet && detectSheet(gridSheet, before).tables;
        const roles = withOverride(before, role, cell, tables);
        change({ ...settings, overrides: { ...settings.overrides, [sheet]: roles } });
      } catch (error) {
        setProblem(String(error));
      }
    },
    [host, settings, change, state],
  );

  const select = useCallback(
    (finding: Finding) => {
      host
        .selectCell(finding.sheet, finding.cell)
        .catch((error: unknown) => setProblem(String(error)));
    },
    [host],
  );

  const openSheet = useCallback(
    (sheet: string) => {
      host.activateSheet(sheet).catch((error: unknown) => setProblem(String(error)));
    },
    [host],
  );

  const grid = state.status === 'done' ? state.result.grid : undefined;
  const headerTexts = { ...headerTextsOf(grid, settings.overrides), ...picked };

  return (
    <main className={styles.root} lang={settings.language}>
      <Header title={messages.title} />
      <LiveRegion messages={messages} state={state} />
      <ReconcileBar
        messages={messages}
        state={state}
        onReconcile={() => void reconcile(settings)}
        onClear={() => void clear()}
      />
      {!host.notesSupported && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{messages.notesUnsupported}</MessageBarBody>
        </MessageBar>
      )}
      {lastRun && (
        <MessageBar intent={lastRun.failure ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            {lastRun.failure
              ? messages.lastRunFailed(lastRun.failure)
              : lastRun.counts && messages.lastRun(lastRun.counts)}
          </MessageBarBody>
        </MessageBar>
      )}
      {problem && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <StatusMessage messages={messages} state={state} onOpenSheet={openSheet} />
      {state.status === 'done' && state.result.findings.length > 0 && (
        <FindingsList
          result={state.result}
          messages={messages}
          language={settings.language}
          onSelect={select}
        />
      )}
      <SettingsPanel
        messages={messages}
        settings={settings}
        onChange={change}
        onUseSelection={(role) => void useSelection(role)}
        headerTexts={headerTexts}
        notAHeader={notAHeader}
      />
    </main>
  );
}
