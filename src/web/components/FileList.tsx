import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { countFindings } from '../../core/findings/report';
import type { Messages } from '../i18n';
import type { FileEntry } from '../useFiles';

export interface FileListProps {
  readonly messages: Messages;
  readonly entries: readonly FileEntry[];
  readonly selected: number | undefined;
  readonly onSelect: (id: number) => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalXS,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  chosen: { backgroundColor: tokens.colorNeutralBackground1Selected },
  bar: { flexGrow: 1, minWidth: '120px' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  heading: { margin: 0 },
});

function Line({ entry, messages }: { entry: FileEntry; messages: Messages }) {
  const styles = useStyles();
  switch (entry.status) {
    case 'queued':
      return <Caption1>{messages.queued}</Caption1>;
    case 'running':
      return (
        <>
          <Caption1 role="status">{messages.phases[entry.phase]}</Caption1>
          <ProgressBar className={styles.bar} aria-label={messages.phases[entry.phase]} />
        </>
      );
    case 'done': {
      const counts = countFindings(entry.report.report.findings);
      return (
        <Body1>{`${counts.error ? '✖' : '✔'} ${messages.fileLine(counts.error, counts.warning)}`}</Body1>
      );
    }
    case 'failed':
      return (
        <Body1 className={styles.failed} data-failure="true">
          {`! ${entry.expected ? entry.reason : messages.unexpectedError(entry.reason)}`}
        </Body1>
      );
    case 'cancelled':
      return <Caption1>{messages.cancelled}</Caption1>;
  }
}

/** One line per file, as the command line's folder mode prints them; a done file can be opened. */
export default function FileList({
  messages,
  entries,
  selected,
  onSelect,
  onCancel,
}: FileListProps) {
  const styles = useStyles();
  const busy = entries.some((entry) => entry.status === 'running' || entry.status === 'queued');
  return (
    <section className={styles.section} aria-labelledby="files-heading">
      <Subtitle2 as="h2" id="files-heading" className={styles.heading}>
        {messages.files}
      </Subtitle2>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={mergeClasses(styles.line, entry.id === selected && styles.chosen)}
            data-file={entry.name}
            data-status={entry.status}
          >
            {entry.status === 'done' ? (
              <Button
                appearance="subtle"
                className={styles.name}
                aria-pressed={entry.id === selected}
                data-action="open-file"
                onClick={() => onSelect(entry.id)}
              >
                {entry.name}
              </Button>
            ) : (
              <span className={styles.name}>{entry.name}</span>
            )}
            <Line entry={entry} messages={messages} />
          </li>
        ))}
      </ul>
      {busy && (
        <div>
          <Button data-action="cancel" onClick={onCancel}>
            {messages.cancel}
          </Button>
        </div>
      )}
    </section>
  );
}
