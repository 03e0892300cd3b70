import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Messages } from '../i18n';
import type { FileReport, Phase, WrittenWorkbook } from '../protocol';

export interface DownloadsProps {
  readonly messages: Messages;
  readonly name: string;
  readonly report: FileReport;
  readonly write: (
    kind: 'annotate' | 'clear',
    progress: (phase: Phase) => void,
  ) => Promise<WrittenWorkbook>;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
});

/** A blob: URL for some bytes, revoked when they change or the component goes. */
function useObjectUrl(parts: BlobPart[] | undefined, type: string): string | undefined {
  const url = useMemo(
    () => (parts ? URL.createObjectURL(new Blob(parts, { type })) : undefined),
    [parts, type],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}

/** `name.xlsx` → `name.report.json`, as the command line's folder mode names reports. */
export function reportName(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.report.json`;
}

type Written =
  | { readonly status: 'none' }
  | { readonly status: 'writing'; readonly phase: Phase }
  | { readonly status: 'ready'; readonly workbook: WrittenWorkbook }
  | { readonly status: 'failed'; readonly reason: string };

function WorkbookDownload(props: {
  messages: Messages;
  label: string;
  action: 'annotate' | 'clear';
  readyLabel: (name: string) => string;
  write: DownloadsProps['write'];
}) {
  const [written, setWritten] = useState<Written>({ status: 'none' });
  const parts = useMemo(
    () => (written.status === 'ready' ? [written.workbook.bytes] : undefined),
    [written],
  );
  const url = useObjectUrl(parts, XLSX_TYPE);
  const make = () => {
    setWritten({ status: 'writing', phase: 'writing' });
    props
      .write(props.action, (phase) => setWritten({ status: 'writing', phase }))
      .then(
        (workbook) => setWritten({ status: 'ready', workbook }),
        (error: unknown) => setWritten({ status: 'failed', reason: (error as Error).message }),
      );
  };
  return (
    <>
      <Button data-action={props.action} disabled={written.status === 'writing'} onClick={make}>
        {written.status === 'writing' ? props.messages.phases[written.phase] : props.label}
      </Button>
      {written.status === 'ready' && url && (
        <Link href={url} download={written.workbook.name} data-download={props.action}>
          {props.readyLabel(written.workbook.name)}
        </Link>
      )}
      {written.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{written.reason}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The JSON report (the command line's `--json`, byte for byte) and the annotated workbook. */
export default function Downloads({ messages, name, report, write }: DownloadsProps) {
  const styles = useStyles();
  const json = useMemo(() => [report.json], [report.json]);
  const jsonUrl = useObjectUrl(json, 'application/json');
  return (
    <section className={styles.section} aria-labelledby="downloads-heading">
      <Subtitle2 as="h2" id="downloads-heading" className={styles.heading}>
        {messages.downloads}
      </Subtitle2>
      <div className={styles.row}>
        {jsonUrl && (
          <Link href={jsonUrl} download={reportName(name)} data-download="json" data-action="json">
            {messages.downloadJson}
          </Link>
        )}
        {report.annotate.available ? (
          <WorkbookDownload
            messages={messages}
            label={messages.makeAnnotated}
            action="annotate"
            readyLabel={messages.downloadAnnotated}
            write={write}
          />
        ) : (
          <MessageBar intent="info" data-unavailable="annotate">
            <MessageBarBody>{messages.notYetAvailable}</MessageBarBody>
          </MessageBar>
        )}
        {report.fromLegacy && report.annotate.available && (
          <MessageBar intent="info" layout="multiline" data-notice="legacy-copy">
            <MessageBarBody>{messages.legacyCopy(name)}</MessageBarBody>
          </MessageBar>
        )}
        {report.annotated && report.annotate.available && (
          <WorkbookDownload
            messages={messages}
            label={messages.clearMarks}
            action="clear"
            readyLabel={messages.downloadCleared}
            write={write}
          />
        )}
      </div>
    </section>
  );
}
