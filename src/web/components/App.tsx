import { Body1, Caption1, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MESSAGES } from '../i18n';
import { saveSettings, type WebSettings } from '../settings';
import { useFiles } from '../useFiles';
import FileDetails from './FileDetails';
import FileList from './FileList';
import FilePicker from './FilePicker';
import SettingsBar from './SettingsBar';

export interface AppProps {
  readonly initialSettings: WebSettings;
  /** Today's date (`YYYY-MM-DD`), read once from the clock by the entry point. */
  readonly today: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1280px',
    marginInline: 'auto',
    padding: tokens.spacingHorizontalXL,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
  },
  intro: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxWidth: '720px',
  },
  title: { margin: 0 },
});

export default function App({ initialSettings, today }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState(initialSettings);
  const messages = MESSAGES[settings.language];
  const options = useMemo(
    () => ({ language: settings.language, strict: settings.strict, today }),
    [settings.language, settings.strict, today],
  );
  const { entries, addFiles, cancel, rowsWindow, write } = useFiles(options, messages.notAWorkbook);
  const [selected, setSelected] = useState<number>();
  const newestShown = useRef(0);

  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.title = `${messages.title} · Budget Reconciler`;
  }, [settings.language, messages.title]);

  // The newest file to finish is shown, unless the user has since opened another one.
  useEffect(() => {
    const newest = [...entries].reverse().find((entry) => entry.status === 'done');
    if (newest && newest.id > newestShown.current) {
      newestShown.current = newest.id;
      setSelected(newest.id);
    }
  }, [entries]);

  const change = useCallback((next: WebSettings) => {
    setSettings(next);
    saveSettings(next);
  }, []);

  const shown = entries.find((entry) => entry.id === selected);
  return (
    <main className={styles.root} lang={settings.language}>
      <header className={styles.header}>
        <div className={styles.intro}>
          <Title2 as="h1" className={styles.title}>
            {messages.title}
          </Title2>
          <Body1>{messages.tagline}</Body1>
          <Caption1>{messages.privacy}</Caption1>
        </div>
        <SettingsBar messages={messages} settings={settings} onChange={change} />
      </header>
      <FilePicker messages={messages} onFiles={addFiles} />
      {entries.length > 0 && (
        <FileList
          messages={messages}
          entries={entries}
          selected={selected}
          onSelect={setSelected}
          onCancel={cancel}
        />
      )}
      {shown?.status === 'done' && (
        <FileDetails
          key={shown.id}
          messages={messages}
          language={settings.language}
          name={shown.name}
          report={shown.report}
          rowsWindow={(sheet, top, count) => rowsWindow(shown.id, sheet, top, count)}
          write={(kind, progress) => write(shown.id, kind, progress)}
        />
      )}
    </main>
  );
}
