import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, type KeyboardEvent } from 'react';
import { countFindings } from '../../core/findings/report';
import { groupFindings } from '../../core/findings/groups';
import type { Finding, Language, Severity } from '../../core/model/finding';
import type { PaneResult } from '../host';
import type { Messages } from '../i18n';
import FindingGroupView from './FindingGroupView';

export interface FindingsListProps {
  readonly result: PaneResult;
  readonly messages: Messages;
  readonly language: Language;
  readonly onSelect: (finding: Finding) => void;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  heading: { margin: 0, marginTop: tokens.spacingVerticalS },
  summary: { margin: 0 },
});

/** Up / Down (and Home / End) move between group headers and findings, as in a tree. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-nav]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? items.length - 1
        : Math.min(items.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)));
  items[next]?.focus();
  event.preventDefault();
}

/** Findings grouped by severity, then sheet and rule, systematic differences as one group. */
export default function FindingsList({ result, messages, language, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const groups = useMemo(
    () =>
      groupFindings(
        result.findings,
        result.sheets.map((sheet) => sheet.name),
      ),
    [result],
  );
  const counts = countFindings(result.findings);
  return (
    <section className={styles.section} aria-label={messages.findingsLabel} onKeyDown={moveFocus}>
      <Body1 as="p" className={styles.summary}>
        {messages.summary(counts)}
      </Body1>
      {SEVERITIES.map((severity) => {
        const ofSeverity = groups.filter((group) => group.severity === severity);
        if (ofSeverity.length === 0) return null;
        return (
          <div key={severity} data-severity-section={severity}>
            <Subtitle2 as="h2" className={styles.heading}>
              {messages.severity[severity]} ({counts[severity]})
            </Subtitle2>
            <ul className={styles.list}>
              {ofSeverity.map((group) => (
                <FindingGroupView
                  key={`${group.key}-${language}`}
                  group={group}
                  messages={messages}
                  language={language}
                  onSelect={onSelect}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
