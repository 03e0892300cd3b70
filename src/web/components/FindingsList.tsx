import {
  Body1,
  Button,
  CounterBadge,
  makeStyles,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Language, Severity } from '../../core/model/finding';
import type { Messages } from '../i18n';
import { ruleWords } from '../ruleWords';
import FindingItem from './FindingItem';

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly sheetOrder: readonly string[];
  readonly messages: Messages;
  readonly language: Language;
  readonly selected: Finding | undefined;
  readonly onSelect: (finding: Finding) => void;
}

/** Most severe first: what the user must fix comes before what is only worth knowing. */
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const BADGE = { error: 'danger', warning: 'important', info: 'informative' } as const;
/** Findings shown per rule before "show more": a roster can have thousands of one kind. */
const PAGE = 50;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  sheet: { margin: 0, marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase400 },
  rule: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
});

/** Groups in order of first appearance of the key (findings come in reading order). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}

function RuleGroup(props: {
  findings: readonly Finding[];
  messages: Messages;
  language: Language;
  selected: Finding | undefined;
  onSelect: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const { findings, messages } = props;
  return (
    <>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((finding, i) => (
          <FindingItem
            key={`${finding.cell}-${i}`}
            finding={finding}
            messages={messages}
            language={props.language}
            current={finding === props.selected}
            onSelect={props.onSelect}
          />
        ))}
      </ul>
      {findings.length > shown && (
        <Button
          appearance="transparent"
          data-action="show-more"
          onClick={() => setShown(shown + PAGE * 4)}
        >
          {messages.showMore(shown, findings.length)}
        </Button>
      )}
    </>
  );
}

/** Findings grouped by severity, then sheet (workbook order), then rule (in words). */
export default function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const { findings, messages, language, sheetOrder } = props;
  if (!findings.length) return <Body1>{messages.noFindings}</Body1>;
  return (
    <section className={styles.section} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" className={styles.heading}>
        {messages.findings}
      </Subtitle2>
      {SEVERITIES.map((severity) => {
        const ofSeverity = findings.filter((finding) => finding.severity === severity);
        if (!ofSeverity.length) return null;
        const sheets = groupBy(ofSeverity, (finding) => finding.sheet).sort(
          ([a], [b]) => sheetOrder.indexOf(a) - sheetOrder.indexOf(b),
        );
        return (
          <div key={severity} data-group={severity}>
            <h3 className={styles.heading}>
              <Subtitle2>{messages.severity[severity]}</Subtitle2>
              <CounterBadge count={ofSeverity.length} color={BADGE[severity]} aria-hidden />
            </h3>
            {sheets.map(([sheet, ofSheet]) => (
              <div key={sheet}>
                <h4 className={styles.sheet}>{sheet}</h4>
                {groupBy(ofSheet, (finding) => finding.rule).map(([rule, ofRule]) => (
                  <div key={rule}>
                    <h5
                      className={styles.rule}
                    >{`${ruleWords(rule, language)}（${ofRule.length}）`}</h5>
                    <RuleGroup
                      findings={ofRule}
                      messages={messages}
                      language={language}
                      selected={props.selected}
                      onSelect={props.onSelect}
                    />
                  </div>
                ))}
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
