import {
  Body1,
  Field,
  makeStyles,
  mergeClasses,
  Select,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { columnLetters } from '../../core/model/address';
import type { Finding } from '../../core/model/finding';
import type { Messages } from '../i18n';
import type { RowsWindow, SheetSize } from '../protocol';
import SheetRow, { useCellStyles } from './SheetRow';
import {
  BLOCK_ROWS,
  blocksOf,
  COLUMN_WIDTH,
  markedCells,
  rectOf,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  visibleColumns,
  visibleRows,
  type Rect,
} from '../sheetWindow';

export interface SheetTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly related: readonly string[];
}

export interface SheetViewProps {
  readonly messages: Messages;
  readonly sheets: readonly SheetSize[];
  readonly findings: readonly Finding[];
  readonly target: SheetTarget | undefined;
  readonly rowsWindow: (sheet: string, top: number, count: number) => Promise<RowsWindow>;
}

const VIEW_HEIGHT = 420;
/** Blocks kept per sheet; older ones are asked for again if the user scrolls back. */
const MAX_BLOCKS = 40;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  scroller: {
    height: `${VIEW_HEIGHT}px`,
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: { position: 'relative', fontSize: tokens.fontSizeBase200 },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

interface Blocks {
  readonly key: string;
  readonly rows: Map<number, readonly (readonly string[])[]>;
  readonly asked: Set<number>;
}

/**
 * A virtualised view of one sheet: only the rows and columns in view are rendered, and only
 * their blocks of rows are asked of the worker, which keeps the grid. The cells show what the
 * user's file holds; cells with findings are filled as the annotated copy fills them, the
 * clicked finding's cell is framed and the cells it was recomputed from are outlined.
 */
export default function SheetView({
  messages,
  sheets,
  findings,
  target,
  rowsWindow,
}: SheetViewProps) {
  const styles = useStyles();
  const cellStyles = useCellStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [sheetName, setSheetName] = useState(target?.sheet ?? sheets[0]?.name ?? '');
  const [scroll, setScroll] = useState({ top: 0, left: 0, width: 800 });
  const [, setLoaded] = useState(0);
  const blocks = useRef<Blocks>({ key: '', rows: new Map(), asked: new Set() });
  const sheet = sheets.find((candidate) => candidate.name === sheetName) ?? sheets[0];
  const blockKey = `${sheet?.name ?? ''}`;
  if (blocks.current.key !== blockKey)
    blocks.current = { key: blockKey, rows: new Map(), asked: new Set() };

  const marks = useMemo(() => markedCells(findings, sheet?.name ?? ''), [findings, sheet?.name]);
  const current = useMemo(
    () => (target && target.sheet === sheet?.name ? rectOf(target.cell) : undefined),
    [target, sheet?.name],
  );
  const related = useMemo(
    () =>
      target && target.sheet === sheet?.name
        ? target.related.map(rectOf).filter((rect): rect is Rect => rect !== undefined)
        : [],
    [target, sheet?.name],
  );

  // A clicked finding: show its sheet, then bring its cell to the middle of the view.
  useEffect(() => {
    if (target) setSheetName(target.sheet);
  }, [target]);
  const shownSheet = sheet?.name;
  useEffect(() => {
    const view = scroller.current;
    const rect = target && target.sheet === shownSheet ? rectOf(target.cell) : undefined;
    if (!view || !rect) return;
    view.scrollTop = Math.max(0, (rect.top + 1) * ROW_HEIGHT - VIEW_HEIGHT / 2);
    view.scrollLeft = Math.max(
      0,
      ROW_HEADER_WIDTH + rect.left * COLUMN_WIDTH - view.clientWidth / 2,
    );
  }, [target, shownSheet]);

  const onScroll = useCallback(() => {
    const view = scroller.current;
    if (view) setScroll({ top: view.scrollTop, left: view.scrollLeft, width: view.clientWidth });
  }, []);
  useEffect(onScroll, [onScroll, sheet?.name]);

  const rows = visibleRows(scroll.top, VIEW_HEIGHT, sheet?.rows ?? 0);
  const columns = visibleColumns(scroll.left, scroll.width, sheet?.columns ?? 0);
  const needed = blocksOf(rows);

  useEffect(() => {
    const store = blocks.current;
    for (const block of needed) {
      if (store.rows.has(block) || store.asked.has(block)) continue;
      store.asked.add(block);
      rowsWindow(store.key, block * BLOCK_ROWS, BLOCK_ROWS).then(
        (window) => {
          if (blocks.current !== store) return;
          store.asked.delete(block);
          store.rows.set(block, window.rows);
          // Forget the blocks farthest from this one; they are asked for again when needed.
          while (store.rows.size > MAX_BLOCKS) {
            const farthest = [...store.rows.keys()].sort(
              (a, b) => Math.abs(b - block) - Math.abs(a - block),
            )[0];
            store.rows.delete(farthest);
          }
          // Rows arriving while the user scrolls on are not urgent: React may render them in slices.
          startTransition(() => setLoaded((n) => n + 1));
        },
        () => store.asked.delete(block),
      );
    }
  }, [needed.join(','), rowsWindow]);

  if (!sheet) return null;
  const width = ROW_HEADER_WIDTH + sheet.columns * COLUMN_WIDTH;
  const columnIndexes: number[] = [];
  for (let c = columns.first; c < columns.end; c++) columnIndexes.push(c);
  const body = [];
  for (let r = rows.first; r < rows.end; r++) {
    body.push(
      <SheetRow
        key={r}
        row={r}
        values={blocks.current.rows.get(Math.floor(r / BLOCK_ROWS))?.[r % BLOCK_ROWS]}
        columns={columns}
        width={width}
        marks={marks}
        current={current}
        related={related}
      />,
    );
  }

  return (
    <section className={styles.section} aria-labelledby="sheet-heading">
      <Subtitle2 as="h2" id="sheet-heading" className={styles.heading}>
        {messages.sheetView}
      </Subtitle2>
      <Body1>{messages.sheetViewHint}</Body1>
      <Field label={messages.sheetSelect}>
        <Select
          value={sheet.name}
          data-action="sheet"
          onChange={(_, data) => setSheetName(data.value)}
        >
          {sheets.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {messages.sheetLabel(candidate.name, candidate.rows)}
            </option>
          ))}
        </Select>
      </Field>
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={messages.sheetLabel(sheet.name, sheet.rows)}
        data-action="sheet-view"
        data-sheet-view={sheet.name}
        onScroll={onScroll}
      >
        <div
          role="table"
          aria-label={sheet.name}
          aria-rowcount={sheet.rows + 1}
          aria-colcount={sheet.columns + 1}
          className={styles.table}
          style={{ width, height: (sheet.rows + 1) * ROW_HEIGHT }}
        >
          <div role="row" aria-rowindex={1} className={styles.header} style={{ width }}>
            <span role="columnheader" className={cellStyles.rowHeader} aria-label="#" />
            {columnIndexes.map((c) => (
              <span
                key={c}
                role="columnheader"
                aria-colindex={c + 2}
                className={mergeClasses(cellStyles.cell, cellStyles.columnHeader)}
                style={{ left: ROW_HEADER_WIDTH + c * COLUMN_WIDTH }}
              >
                {columnLetters(c)}
              </span>
            ))}
          </div>
          {body}
        </div>
      </div>
    </section>
  );
}
