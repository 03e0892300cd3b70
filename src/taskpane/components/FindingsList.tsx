import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { countFindings } from '../../core/findings/report';
import { groupFindings } from '../../core/findings/groups';
import type { Finding, Language } from '../../core/model/finding';
import type { PaneResult } from '../host';
import type { Messages } from '../i18n';
import { flattenRows, type ListRow } from '../list/rows';
import { keyTarget } from '../list/keys';
import TreeRow from '../list/TreeRow';
import { useWindowedList } from '../list/useWindowedList';
import FindingGroupView, { SeverityHeader } from './FindingGroupView';
import FindingItem from './FindingItem';

export interface FindingsListProps {
  readonly result: PaneResult;
  readonly messages: Messages;
  readonly language: Language;
  readonly onSelect: (finding: Finding) => void;
}

/** Estimated heights (px) at 320–350 px, until a row is measured. */
const ESTIMATE: Readonly<Record<ListRow['kind'], number>> = {
  severity: 40,
  group: 40,
  finding: 96,
};

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { margin: 0 },
  keys: { color: tokens.colorNeutralForeground2 },
  // The list scrolls on its own, so the settings below stay in reach of 20 000 findings.
  scroller: {
    maxHeight: '70vh',
    overflowY: 'auto',
    overflowX: 'hidden',
    overflowAnchor: 'none',
    minWidth: 0,
  },
  tree: { position: 'relative', minWidth: 0 },
});

/**
 * Findings as a tree — severity, then sheet and rule (a systematic difference as one group of
 * its own), then each finding — of which only the rows in view are in the page. One row is the
 * tab stop; arrows, Home and End move it, Enter or Space opens a group or goes to a finding's cell.
 */
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
  const [open, setOpen] = useState<ReadonlyMap<string, boolean>>(new Map());
  const rows = useMemo(() => flattenRows(groups, open), [groups, open]);
  const keys = useMemo(() => rows.map((row) => row.key), [rows]);
  const estimate = useCallback((index: number) => ESTIMATE[rows[index].kind], [rows]);
  const list = useWindowedList(keys, estimate);
  const [activeKey, setActiveKey] = useState<string>();
  const found = activeKey === undefined ? -1 : keys.indexOf(activeKey);
  const active = found < 0 ? 0 : found;
  const tree = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  // Focus follows the tab stop once its row is in the page (it always is: see `shown`).
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    tree.current
      ?.querySelector<HTMLElement>(`[data-index="${active}"]`)
      ?.focus({ preventScroll: true });
  });

  const toggle = useCallback((row: ListRow) => {
    if (row.kind === 'finding') return;
    setOpen((known) => new Map(known).set(row.key, !row.expanded));
  }, []);

  const activate = useCallback(
    (index: number) => {
      const row = rows[index];
      if (!row) return;
      setActiveKey(row.key);
      if (row.kind === 'finding') onSelect(row.finding);
      else toggle(row);
    },
    [rows, onSelect, toggle],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // The focused row, which is the tab stop unless focus arrived some other way.
    const own = Number((event.target as HTMLElement).dataset.index);
    const at = Number.isInteger(own) && rows[own] ? own : active;
    const target = keyTarget(event.key, rows, at);
    if (!target) return;
    event.preventDefault();
    if (target.kind === 'activate') activate(at);
    else if (target.kind === 'toggle') {
      setActiveKey(keys[at]);
      toggle(rows[at]);
    } else {
      setActiveKey(keys[target.index]);
      focusPending.current = true;
      list.reveal(target.index);
    }
  };

  const counts = countFindings(result.findings);
  const { first, end } = list.span;
  const shown = [...Array(end - first).keys()].map((i) => first + i);
  if (active < first || active >= end) shown.push(active);

  return (
    <section className={styles.section} aria-label={messages.findingsLabel}>
      <Body1 as="p" className={styles.summary}>
        {messages.summary(counts)}
      </Body1>
      <div
        ref={list.scrollerRef}
        className={styles.scroller}
        onScroll={list.onScroll}
        onWheel={list.onUserScroll}
        onPointerDown={list.onUserScroll}
        onTouchStart={list.onUserScroll}
        data-findings-scroller=""
      >
        <div
          ref={tree}
          role="tree"
          aria-label={messages.findingsLabel}
          aria-describedby="findings-keys"
          className={styles.tree}
          style={{ height: list.total }}
          onKeyDown={onKeyDown}
        >
          {shown.map((index) => (
            <ListRowView
              key={rows[index].key}
              row={rows[index]}
              index={index}
              top={list.offsets[index]}
              tabStop={index === active}
              observe={list.observe}
              onActivate={activate}
              messages={messages}
              language={language}
            />
          ))}
        </div>
      </div>
      <Caption1 id="findings-keys" className={styles.keys}>
        {messages.listKeys}
      </Caption1>
    </section>
  );
}

/** One row; unchanged rows are not rendered again while the list scrolls. */
const ListRowView = memo(function ListRowView(props: {
  readonly row: ListRow;
  readonly index: number;
  readonly top: number;
  readonly tabStop: boolean;
  readonly observe: (element: HTMLElement) => () => void;
  readonly onActivate: (index: number) => void;
  readonly messages: Messages;
  readonly language: Language;
}) {
  const { row, messages, language, ...place } = props;
  switch (row.kind) {
    case 'severity':
      return (
        <TreeRow row={row} {...place} data={{ 'data-severity-section': row.severity }}>
          <SeverityHeader
            severity={row.severity}
            count={row.count}
            open={row.expanded}
            messages={messages}
          />
        </TreeRow>
      );
    case 'group':
      return (
        <TreeRow
          row={row}
          {...place}
          data={{ 'data-group': row.group.key, 'data-severity': row.group.severity }}
        >
          <FindingGroupView
            group={row.group}
            open={row.expanded}
            messages={messages}
            language={language}
          />
        </TreeRow>
      );
    default: {
      const { finding } = row;
      return (
        <TreeRow
          row={row}
          {...place}
          data={{ 'data-cell': `${finding.sheet}!${finding.cell}`, 'data-rule': finding.rule }}
          title={messages.goToCell(finding.sheet, finding.cell)}
        >
          <FindingItem finding={finding} language={language} />
        </TreeRow>
      );
    }
  }
});
