import { Button, Caption1, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FindingGroup } from '../../core/findings/groups';
import { figure, ruleName } from '../../core/i18n/ruleWords';
import type { Finding, Language } from '../../core/model/finding';
import type { Messages } from '../i18n';
import FindingItem from './FindingItem';

export interface FindingGroupViewProps {
  readonly group: FindingGroup;
  readonly messages: Messages;
  readonly language: Language;
  readonly onSelect: (finding: Finding) => void;
}

/** Rows rendered at first and added per "show more": a 20 000-finding roster stays fast. */
export const PAGE = 100;
/** Groups up to this size open expanded; larger ones (and systematic ones) start collapsed. */
const OPEN_UP_TO = 20;
const BADGE = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  header: {
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    gap: tokens.spacingHorizontalS,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  systematic: { display: 'block', color: tokens.colorNeutralForeground2 },
  // A count such as 3000 stays on one line however narrow the pane.
  badge: { flexShrink: 0, whiteSpace: 'nowrap', overflowWrap: 'normal' },
});

/** One group (a rule on a sheet, or one systematic difference), collapsible, paged. */
export default function FindingGroupView(props: FindingGroupViewProps) {
  const { group, messages, language, onSelect } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(!group.systematic && group.findings.length <= OPEN_UP_TO);
  const [shown, setShown] = useState(PAGE);
  const listId = `group-${group.key.replace(/[^\w-]/g, '_')}`;
  const count = group.findings.length;
  const difference = group.systematic
    ? figure(group.systematic.difference, group.systematic.unit, language)
    : undefined;
  return (
    <li data-group={group.key} data-severity={group.severity}>
      <Button
        appearance="transparent"
        className={styles.header}
        icon={<span aria-hidden>{open ? '▾' : '▸'}</span>}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        data-nav=""
      >
        <span>
          {group.sheet} · {ruleName(group.rule, language)}
          {difference && (
            <Caption1 className={styles.systematic}>
              {messages.systematic(count, difference)}
            </Caption1>
          )}
        </span>
        <CounterBadge
          className={styles.badge}
          count={count}
          overflowCount={99999}
          color={BADGE[group.severity]}
          aria-label={messages.groupCount(count)}
        />
      </Button>
      {open && (
        <ul id={listId} className={styles.list}>
          {group.findings.slice(0, shown).map((finding, i) => (
            <FindingItem
              key={`${finding.cell}-${i}`}
              finding={finding}
              messages={messages}
              language={language}
              onSelect={onSelect}
            />
          ))}
          {shown < count && (
            <li>
              <Button appearance="subtle" onClick={() => setShown(shown + PAGE * 5)} data-nav="">
                {messages.showMore(Math.min(shown, count), count)}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
