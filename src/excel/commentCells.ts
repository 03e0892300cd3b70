import type { LayoutRow, SummaryLayout } from '../core/summary/layout/types';

/** Cells listed one per row; beyond this many, one line says how many more there are. */
const LISTED = 50;

const WORDS = {
  'zh-CN': {
    heading: '以下单元格已有批注（线程式批注），无法添加说明，只标了底色；说明见对账面板：',
    more: (n: number) => `另有 ${n} 个单元格`,
  },
  'en-US': {
    heading:
      'These cells hold a comment thread, so they were highlighted without a note; the explanation is in the Reconciliation pane:',
    more: (n: number) => `and ${n} more cells`,
  },
} as const;

/**
 * The summary with the cells that could not take a note (a threaded comment is there) listed at
 * its end, each a link to the cell, so the explanation the note would have carried is found.
 */
export function withCommentCells(
  layout: SummaryLayout,
  cells: readonly { readonly sheet: string; readonly cell: string }[],
): SummaryLayout {
  if (cells.length === 0) return layout;
  const words = WORDS[layout.language];
  const span = Math.max(1, layout.columns.length);
  const rows: LayoutRow[] = [
    { cells: [{ kind: 'empty' }] },
    { cells: [{ kind: 'text', text: words.heading, style: 'paragraph', span }], lines: 2 },
    ...cells.slice(0, LISTED).map((target): LayoutRow => ({
      cells: [
        { kind: 'link', text: `${target.sheet}!${target.cell}`, target, style: 'link', span },
      ],
    })),
  ];
  if (cells.length > LISTED) {
    rows.push({ cells: [{ kind: 'text', text: words.more(cells.length - LISTED), span }] });
  }
  return { ...layout, rows: [...layout.rows, ...rows] };
}
