import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { toA1 } from '../../core/model/address';
import type { Severity } from '../../core/model/finding';
import { MARK_FILL } from '../../core/port/marks';
import {
  COLUMN_WIDTH,
  inRect,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  type Rect,
  type Span,
} from '../sheetWindow';

export const useCellStyles = makeStyles({
  row: { position: 'absolute', left: 0, height: `${ROW_HEIGHT}px` },
  cell: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    width: `${COLUMN_WIDTH}px`,
    paddingInline: '4px',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    display: 'inline-block',
    boxSizing: 'border-box',
    width: `${ROW_HEADER_WIDTH}px`,
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT - 1}px`,
    paddingInline: '4px',
    textAlign: 'end',
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'end' },
  columnHeader: { textAlign: 'center', color: tokens.colorNeutralForeground2 },
  error: { backgroundColor: `#${MARK_FILL.error}` },
  warning: { backgroundColor: `#${MARK_FILL.warning}` },
  info: { backgroundColor: `#${MARK_FILL.info}` },
  related: { outline: `2px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-3px' },
  current: {
    outline: `3px solid ${tokens.colorNeutralForeground1}`,
    outlineOffset: '-3px',
    zIndex: 1,
  },
});

/** A figure as the sheet's text shows it: aligned right, as Excel aligns numbers. */
const FIGURE = /^[-+]?\d[\d,]*(\.\d+)?(E[-+]?\d+)?%?$/i;

export interface SheetRowProps {
  /** 0-based row. */
  readonly row: number;
  /** The row's cells as text, undefined until its block arrives from the worker. */
  readonly values: readonly string[] | undefined;
  readonly columns: Span;
  readonly width: number;
  /** Cells with findings, keyed `row:col`. */
  readonly marks: ReadonlyMap<string, Severity>;
  readonly current: Rect | undefined;
  readonly related: readonly Rect[];
}

/**
 * One row of the sheet view. Memoised: while the view scrolls, rows still in view are not
 * rendered again (every prop is stable between scroll positions).
 */
function SheetRow({ row, values, columns, width, marks, current, related }: SheetRowProps) {
  const styles = useCellStyles();
  const cells = [];
  for (let c = columns.first; c < columns.end; c++) {
    const mark = marks.get(`${row}:${c}`);
    const isCurrent = current !== undefined && inRect(current, row, c);
    const isRelated = related.some((rect) => inRect(rect, row, c));
    const text = values?.[c] ?? '';
    cells.push(
      <span
        key={c}
        role="cell"
        aria-colindex={c + 2}
        className={mergeClasses(
          styles.cell,
          FIGURE.test(text) && styles.number,
          mark && styles[mark],
          isRelated && styles.related,
          isCurrent && styles.current,
        )}
        style={{ left: ROW_HEADER_WIDTH + c * COLUMN_WIDTH }}
        data-address={toA1(row, c)}
        data-mark={mark}
        data-current={isCurrent || undefined}
        data-related={isRelated || undefined}
      >
        {text}
      </span>,
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className={styles.row}
      style={{ top: (row + 1) * ROW_HEIGHT, width }}
    >
      <span role="rowheader" className={styles.rowHeader}>
        {row + 1}
      </span>
      {cells}
    </div>
  );
}

export default memo(
  SheetRow,
  (a, b) =>
    a.row === b.row &&
    a.values === b.values &&
    a.columns.first === b.columns.first &&
    a.columns.end === b.columns.end &&
    a.width === b.width &&
    a.marks === b.marks &&
    a.current === b.current &&
    a.related === b.related,
);
