import {
  Body1Strong,
  Caption1,
  CounterBadge,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { FindingGroup } from '../../core/findings/groups';
import { groupThousands } from '../../core/money/format';
import { figure, ruleName } from '../../core/i18n/ruleWords';
import type { Language, Severity } from '../../core/model/finding';
import type { Messages } from '../i18n';

const BADGE = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInlineEnd: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  chevron: { flexShrink: 0, width: '1em', textAlign: 'center' },
  text: { flexGrow: 1, minWidth: 0 },
  systematic: { display: 'block', color: tokens.colorNeutralForeground2 },
  // A count such as 20 000 stays on one line however narrow the pane.
  badge: { flexShrink: 0, whiteSpace: 'nowrap', overflowWrap: 'normal' },
  severityHeader: { alignItems: 'center' },
  severity: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

const Chevron = ({ open }: { readonly open: boolean }) => {
  const styles = useStyles();
  return (
    <span aria-hidden className={styles.chevron}>
      {open ? '▾' : '▸'}
    </span>
  );
};

/** A severity's row: its name and how many findings it holds. */
export function SeverityHeader(props: {
  readonly severity: Severity;
  readonly count: number;
  readonly open: boolean;
  readonly messages: Messages;
}) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.header, styles.severityHeader)}>
      <Chevron open={props.open} />
      <Body1Strong className={styles.severity}>
        {props.messages.severity[props.severity]} ({groupThousands(String(props.count))})
      </Body1Strong>
    </div>
  );
}

export interface FindingGroupViewProps {
  readonly group: FindingGroup;
  readonly open: boolean;
  readonly messages: Messages;
  readonly language: Language;
}

/** A group's row (a rule on a sheet, or one systematic difference): what, where, how many. */
export default function FindingGroupView({
  group,
  open,
  messages,
  language,
}: FindingGroupViewProps) {
  const styles = useStyles();
  const count = group.findings.length;
  const difference = group.systematic
    ? figure(group.systematic.difference, group.systematic.unit, language)
    : undefined;
  return (
    <div className={styles.header}>
      <Chevron open={open} />
      <span className={styles.text}>
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
    </div>
  );
}
