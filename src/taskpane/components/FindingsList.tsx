import { Body1, CounterBadge, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/model/finding';
import { countFindings } from '../../core/findings/report';
import type { PaneResult } from '../host';
import type { Messages } from '../i18n';
import FindingItem from './FindingItem';

export interface FindingsListProps {
  readonly result: PaneResult;
  readonly messages: Messages;
  readonly onSelect: (finding: Finding) => void;
}

/** Most severe first: what the user must fix comes before what is only worth knowing. */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const BADGE = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  summary: { margin: 0 },
  sheet: { margin: 0, marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
});

/** Findings grouped by severity, then by sheet in workbook order. */
export default function FindingsList({ result, messages, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const sheetOrder = result.sheets.map((sheet) => sheet.name);
  return (
    <section
      className={styles.section}
      aria-label={messages.summary(countFindings(result.findings))}
    >
      <Body1 as="p" className={styles.summary}>
        {messages.summary(countFindings(result.findings))}
      </Body1>
      {SEVERITIES.map((severity) => {
        const ofSeverity = result.findings.filter((finding) => finding.severity === severity);
        if (ofSeverity.length === 0) return null;
        const sheets = [...new Set(ofSeverity.map((finding) => finding.sheet))].sort(
          (a, b) => sheetOrder.indexOf(a) - sheetOrder.indexOf(b),
        );
        return (
          <div key={severity} className={styles.group} data-severity={severity}>
            <h2 className={styles.heading}>
              <Subtitle2>{messages.severity[severity]}</Subtitle2>
              <CounterBadge count={ofSeverity.length} color={BADGE[severity]} aria-hidden />
            </h2>
            {sheets.map((sheet) => (
              <div key={sheet}>
                <h3 className={styles.sheet}>{sheet}</h3>
                <ul className={styles.list}>
                  {ofSeverity
                    .filter((finding) => finding.sheet === sheet)
                    .map((finding, i) => (
                      <FindingItem
                        key={`${finding.cell}-${finding.rule}-${i}`}
                        finding={finding}
                        messages={messages}
                        onSelect={onSelect}
                      />
                    ))}
                </ul>
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
