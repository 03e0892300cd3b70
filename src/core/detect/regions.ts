import { cellAt, columnCount, type CellRange, type SheetGrid } from '../model/grid';
import { parseNumberText } from '../parse/number';
import { toHalfWidth } from '../parse/text';
import { findBands, splitColumns, type HeaderBand } from './bands';

/** One table of a sheet: its header band, its columns and its rows. */
export interface TableRegion {
  readonly band: HeaderBand;
  /** From the band's top row to the region's last row, its own columns. */
  readonly range: CellRange;
  /** The last row of the region (rows after a text table or a note are no part of it). */
  readonly lastRow: number;
}

/** A figure written in words (一万五, 三百元): an unreadable figure, not prose. */
const NUMBER_WORDS =
  /^[\s零〇一二三四五六七八九十百千万亿两点壹贰叁肆伍陆柒捌玖拾佰仟元角分整人]+$/;

/**
 * A text that is no figure: neither a number typed as text, nor a blank mark (-, —, 无), nor a
 * figure in words.
 */
function isWords(value: unknown): boolean {
  if (typeof value !== 'string' || !value.trim()) return false;
  if (NUMBER_WORDS.test(value)) return false;
  return parseNumberText(value).kind === 'invalid' && /[\u3400-\u9fff]/.test(value);
}

/**
 * Whether a row is text across the figure columns — a 年度总体目标 line, the rows of a 绩效指标
 * table — so the table of figures above it has ended. One unreadable figure (一万五) is a
 * not-a-number in a line, not the end of the table.
 */
function isTextRow(sheet: SheetGrid, row: number, figureCols: readonly number[]): boolean {
  let words = 0;
  for (const col of figureCols) {
    if (isWords(cellAt(sheet, row, col))) words++;
    if (words >= 2) return true;
  }
  if (words !== 1) return false;
  return sheet.merges.some(
    (merge) =>
      merge.top <= row &&
      merge.bottom >= row &&
      figureCols.filter((col) => col >= merge.left && col <= merge.right).length >= 2 &&
      isWords(cellAt(sheet, merge.top, merge.left)),
  );
}

/** The last row of a region: before the next band, cut at the first text row. */
export function regionLastRow(
  sheet: SheetGrid,
  firstRow: number,
  limit: number,
  figureCols: readonly number[],
): number {
  for (let row = firstRow; row <= limit; row++) {
    if (isTextRow(sheet, row, figureCols)) return row - 1;
  }
  return limit;
}

/** The table regions of a sheet: every header band, split side by side. */
export function findRegions(sheet: SheetGrid, bands = findBands(sheet)): TableRegion[] {
  const width = columnCount(sheet);
  const regions: TableRegion[] = [];
  bands.forEach((band, index) => {
    const limit = index + 1 < bands.length ? bands[index + 1].top - 1 : sheet.rows.length - 1;
    for (const columns of splitColumns(sheet, band, width)) {
      regions.push({
        band,
        range: { ...columns, bottom: Math.max(limit, band.bottom) },
        lastRow: limit,
      });
    }
  });
  return regions;
}

/** The texts above a band that may title it: title rows, then the sheet's name. */
export function titlesAbove(sheet: SheetGrid, band: HeaderBand, floor: number): string[] {
  const titles: string[] = [];
  for (let row = floor; row < band.top; row++) {
    for (const value of sheet.rows[row] ?? []) {
      if (typeof value === 'string' && value.trim()) titles.push(toHalfWidth(value.trim()));
    }
  }
  titles.push(sheet.name);
  return titles;
}
