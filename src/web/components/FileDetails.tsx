import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { startTransition, useCallback, useEffect, useState } from 'react';
import { countFindings } from '../../core/findings/report';
import type { Finding, Language } from '../../core/model/finding';
import type { Messages } from '../i18n';
import type { FileReport, Phase, RowsWindow, WrittenWorkbook } from '../protocol';
import ChecksTable from './ChecksTable';
import Downloads from './Downloads';
import Explain from './Explain';
import FindingsList from './FindingsList';
import Narrative from './Narrative';
import SheetView, { type SheetTarget } from './SheetView';

export interface FileDetailsProps {
  readonly messages: Messages;
  readonly language: Language;
  readonly name: string;
  readonly report: FileReport;
  readonly rowsWindow: (sheet: string, top: number, count: number) => Promise<RowsWindow>;
  readonly write: (
    kind: 'annotate' | 'clear',
    progress: (phase: Phase) => void,
  ) => Promise<WrittenWorkbook>;
}

const useStyles = makeStyles({
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(280px, 2fr) minmax(320px, 3fr)',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: '1fr' },
  },
  findings: { maxHeight: '560px', overflowY: 'auto' },
});

/** One reconciled file: counts, downloads, findings beside the sheet view, narrative, table. */
export default function FileDetails(props: FileDetailsProps) {
  const styles = useStyles();
  const { messages, report } = props;
  const [selected, setSelected] = useState<Finding>();
  const [target, setTarget] = useState<SheetTarget>();
  const select = useCallback((finding: Finding) => {
    setSelected(finding);
    setTarget({ sheet: finding.sheet, cell: finding.cell, related: finding.related });
  }, []);
  const show = useCallback((sheet: string, cell: string) => {
    setSelected(undefined);
    setTarget({ sheet, cell, related: [] });
  }, []);
  // Shown in three steps, each its own commit (Fluent injects each component's styles when it
  // first mounts): the findings, then the sheet view, then the narrative and the table.
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage < 2) startTransition(() => setStage(stage + 1));
  }, [stage]);
  const findings = report.report.findings;
  return (
    <div className={styles.details} data-report={props.name}>
      <Body1 as="p" role="status">
        {messages.summary(countFindings(findings))}
      </Body1>
      <Downloads messages={messages} name={props.name} report={report} write={props.write} />
      <div className={styles.columns}>
        <div className={styles.findings}>
          <FindingsList
            findings={findings}
            sheetOrder={report.report.sheets.map((sheet) => sheet.name)}
            messages={messages}
            language={props.language}
            selected={selected}
            onSelect={select}
          />
        </div>
        {stage >= 1 && (
          <SheetView
            messages={messages}
            sheets={report.sheets}
            findings={findings}
            target={target}
            rowsWindow={props.rowsWindow}
          />
        )}
      </div>
      {stage >= 2 && report.narrative.length > 0 && (
        <Narrative messages={messages} paragraphs={report.narrative} />
      )}
      {stage >= 2 && (
        <ChecksTable
          messages={messages}
          checks={report.checks}
          omitted={report.checksOmitted}
          onShow={show}
        />
      )}
      {stage >= 2 && <Explain messages={messages} text={report.explain} />}
    </div>
  );
}
