import {
  internalLinkTarget,
  LINE_HEIGHT_POINTS,
  STYLE_HINTS,
  type CellStyle,
  type LayoutCell,
  type SummaryLayout,
} from '../core/summary/layout';
import { SUMMARY_MESSAGES } from '../core/summary/messages';
import type { SyncBatcher } from './batcher';
import { wireBytes } from './host';

const SUMMARY_TITLES = new Set(Object.values(SUMMARY_MESSAGES).map((messages) => messages.title));

/** Excel character units to points: 7 px per character plus 5 px padding, at 96 dpi. */
export function widthInPoints(characters: number): number {
  return ((characters * 7 + 5) * 72) / 96;
}

/**
 * Of the sheets the registry lists, those that still are the product's summary (A1 holds a
 * summary title): a sheet the user renamed the summary to, or made in its place, is left alone.
 */
export async function ourSummarySheets(
  context: Excel.RequestContext,
  listed: readonly string[],
  existing: ReadonlySet<string>,
): Promise<string[]> {
  const present = listed.filter((name) => existing.has(name));
  if (present.length === 0) return [];
  const titles = present.map((name) =>
    context.workbook.worksheets.getItem(name).getRange('A1').load('values'),
  );
  await context.sync();
  return present.filter((_, i) => {
    const title: unknown = titles[i].values[0]?.[0];
    return typeof title === 'string' && SUMMARY_TITLES.has(title);
  });
}

interface Placed {
  readonly row: number;
  readonly col: number;
  readonly span: number;
  readonly cell: LayoutCell;
}

function placed(layout: SummaryLayout): Placed[] {
  return layout.rows.flatMap((row, r) => {
    let col = 0;
    return row.cells.map((cell) => {
      const span = Math.max(1, cell.span ?? 1);
      const at = { row: r, col, span, cell };
      col += span;
      return at;
    });
  });
}

/** A link to a sheet whose name holds `!` is written as text, as the ExcelJS writer does. */
const linkable = (cell: LayoutCell) => cell.kind === 'link' && !cell.target.sheet.includes('!');

/**
 * Values and number formats of every row, as two matrices. Texts get the text format `@`
 * first, so that office.js keeps `=…` typed by a user as text instead of making a formula.
 */
function matrices(layout: SummaryLayout, width: number) {
  const values = layout.rows.map(() => Array<string | number>(width).fill(''));
  const formats = layout.rows.map(() => Array<string>(width).fill('General'));
  for (const { row, col, cell } of placed(layout)) {
    if (cell.kind === 'empty') continue;
    if (cell.kind === 'number') {
      values[row][col] = Number(cell.value);
      formats[row][col] = cell.format;
    } else {
      values[row][col] = cell.text;
      formats[row][col] = '@';
    }
  }
  return { values, formats };
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;

/** Cells sharing column, span and style in consecutive rows: one range, styled once. */
interface Block {
  readonly top: number;
  rows: number;
  readonly col: number;
  readonly span: number;
  readonly style: CellStyle | undefined;
}

function blocks(cells: readonly Placed[]): Block[] {
  const open = new Map<string, Block>();
  const done: Block[] = [];
  for (const { row, col, span, cell } of cells) {
    const style = cell.kind === 'empty' ? undefined : cell.style;
    if (!style && span === 1) continue;
    const key = `${col}:${span}:${style ?? ''}`;
    const block = open.get(key);
    if (block && block.top + block.rows === row) {
      block.rows += 1;
      continue;
    }
    const next = { top: row, rows: 1, col, span, style };
    open.set(key, next);
    done.push(next);
  }
  return done;
}

function edges(block: Block): string[] {
  const inside = [
    ...(block.span > 1 ? ['InsideVertical'] : []),
    ...(block.rows > 1 ? ['InsideHorizontal'] : []),
  ];
  return ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...inside];
}

/** Actions one block's style takes, to size batches from what is really sent. */
function styleActions(block: Block): number {
  if (!block.style) return 2;
  const hint = STYLE_HINTS[block.style];
  const simple = [hint.bold, hint.size, hint.color, hint.underline, hint.wrap, hint.horizontal];
  const count = simple.filter(Boolean).length + (hint.vertical ? 1 : 0) + (hint.fill ? 1 : 0);
  return 3 + count + (hint.border ? edges(block).length * 3 : 0);
}

function applyStyle(range: Excel.Range, block: Block): void {
  if (!block.style) return;
  const hint = STYLE_HINTS[block.style];
  const { format } = range;
  if (hint.bold) format.font.bold = true;
  if (hint.size) format.font.size = hint.size;
  if (hint.color) format.font.color = `#${hint.color}`;
  if (hint.underline) format.font.underline = 'Single';
  if (hint.wrap) format.wrapText = true;
  if (hint.horizontal) format.horizontalAlignment = HORIZONTAL[hint.horizontal];
  if (hint.vertical) format.verticalAlignment = VERTICAL[hint.vertical];
  if (hint.fill) format.fill.color = `#${hint.fill}`;
  if (!hint.border) return;
  for (const edge of edges(block)) {
    const border = format.borders.getItem(edge as Excel.BorderIndex);
    border.style = 'Continuous';
    border.color = '#BFBFBF';
  }
}

/** What one office.js action costs on the wire, generously (object path, property, value). */
const ACTION_BYTES = 200;

/**
 * Queues the summary sheet `name` exactly as the layout describes (docs/summary-layout.md):
 * column widths, values and formats in row blocks, styles, merges, internal links and row
 * heights — all in the writer's batches, never one sync per cell.
 */
export async function queueSummary(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  layout: SummaryLayout,
  name: string,
  budget: number,
): Promise<void> {
  const sheet = (): Excel.Worksheet => context.workbook.worksheets.getItem(name);
  await batcher.queue((3 + layout.columns.length * 2) * ACTION_BYTES, () => {
    const added = context.workbook.worksheets.add(name);
    added.showGridlines = false;
    layout.columns.forEach((width, col) => {
      added.getRangeByIndexes(0, col, 1, 1).format.columnWidth = widthInPoints(width);
    });
  });
  const cells = placed(layout);
  const width = cells.reduce(
    (widest, at) => Math.max(widest, at.col + at.span),
    layout.columns.length || 1,
  );
  const { values, formats } = matrices(layout, width);
  for (let top = 0; top < values.length;) {
    let bytes = 0;
    let end = top;
    while (end < values.length && (end === top || bytes < budget / 4)) {
      bytes += wireBytes(values[end]) + wireBytes(formats[end]);
      end += 1;
    }
    const start = top;
    await batcher.queue(bytes + 200, () => {
      const block = sheet().getRangeByIndexes(start, 0, end - start, width);
      block.numberFormat = formats.slice(start, end);
      block.values = values.slice(start, end);
    });
    top = end;
  }
  for (const block of blocks(cells)) {
    await batcher.queue(styleActions(block) * ACTION_BYTES, () => {
      const range = sheet().getRangeByIndexes(block.top, block.col, block.rows, block.span);
      applyStyle(range, block);
      // Merging across merges each row of the block on its own, as the layout's spans say.
      if (block.span > 1) range.merge(true);
    });
  }
  for (const { row, col, span, cell } of cells) {
    if (cell.kind !== 'link' || !linkable(cell)) continue;
    await batcher.queue(3 * ACTION_BYTES + wireBytes(cell.text) * 2, () => {
      sheet().getRangeByIndexes(row, col, 1, span).hyperlink = {
        documentReference: internalLinkTarget(cell.target),
        textToDisplay: cell.text,
      };
    });
  }
  for (const [row, { lines }] of layout.rows.entries()) {
    if (!lines) continue;
    await batcher.queue(2 * ACTION_BYTES, () => {
      sheet().getRangeByIndexes(row, 0, 1, 1).format.rowHeight = lines * LINE_HEIGHT_POINTS;
    });
  }
}
