import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { ListRow } from './rows';

/**
 * One row of the virtualised findings tree: a treeitem placed at its offset, measured while it
 * is in the page, focusable by the roving tab stop. It holds no button of its own (a treeitem
 * must not contain interactive elements): the tree handles click and keys.
 */
export interface TreeRowProps {
  readonly row: ListRow;
  readonly index: number;
  readonly top: number;
  readonly tabStop: boolean;
  readonly observe: (element: HTMLElement) => () => void;
  readonly onActivate: (index: number) => void;
  /** data-* attributes the tests and the list's own code find rows by. */
  readonly data?: Readonly<Record<`data-${string}`, string>>;
  readonly title?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  row: {
    position: 'absolute',
    insetInlineStart: 0,
    insetInlineEnd: 0,
    boxSizing: 'border-box',
    minWidth: 0,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle({ style: { outlineOffset: '-2px' } }),
  },
  level1: { paddingInlineStart: tokens.spacingHorizontalXS },
  level2: { paddingInlineStart: tokens.spacingHorizontalS },
  level3: { paddingInlineStart: tokens.spacingHorizontalL },
});

export default function TreeRow(props: TreeRowProps) {
  const { row, index, top, tabStop, observe, onActivate, data, title, className, children } = props;
  const styles = useStyles();
  const element = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => (element.current ? observe(element.current) : undefined), [observe]);
  const expandable = row.kind !== 'finding';
  return (
    <div
      ref={element}
      role="treeitem"
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.position}
      aria-expanded={expandable ? row.expanded : undefined}
      tabIndex={tabStop ? 0 : -1}
      data-key={row.key}
      data-index={index}
      title={title}
      style={{ top }}
      className={mergeClasses(styles.row, styles[`level${row.level}`], className)}
      onClick={() => onActivate(index)}
      {...data}
    >
      {children}
    </div>
  );
}
