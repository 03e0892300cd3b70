import { cellAt, type CellRange, type CellValue, type SheetGrid } from '../model/grid';
import { headerWordOf, isFigureWord, type HeaderWord } from './vocabulary';

/** How far down the first header is looked for: titles, unit lines and notes stand above it. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * The header rows of one or more tables that stand side by side: from the top group row
 * (`项目 | 本年支出`) down to the last sub-header row (`类 | 款 | 项`), and the 栏次 row of
 * column numbers under it when there is one. Data starts below `bottom`.
 */
export interface HeaderBand {
  readonly top: number;
  /** The row naming the most columns; the others are groups above it or sub-headers below. */
  readonly anchor: number;
  /** The last header row (the 栏次 row when there is one). */
  readonly bottom: number;
  /** The 栏次 row, never read as figures. */
  readonly numberingRow?: number;
}

interface HeaderCellWord {
  readonly col: number;
  readonly word: HeaderWord | undefined;
}

/** Text that looks like a figure typed as text (`1,234.50`, `（15）`), not a header word. */
const NUMERIC_TEXT = /^[\s\d,.，．()（）\-+￥¥%％]+$/;

function isNumeric(value: CellValue): boolean {
  return typeof value === 'number' || (typeof value === 'string' && NUMERIC_TEXT.test(value));
}

/**
 * The header words of a row, or undefined when the row cannot be a header row: it holds a
 * number, or no text. Cheap on data rows: the first number ends the look.
 */
function wordsOfRow(sheet: SheetGrid, row: number): HeaderCellWord[] | undefined {
  const cells = sheet.rows[row];
  if (!cells) return undefined;
  const words: HeaderCellWord[] = [];
  for (let col = 0; col < cells.length; col++) {
    const value = cells[col];
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'string') return undefined;
    if (!value.trim()) continue;
    if (isNumeric(value)) return undefined;
    words.push({ col, word: headerWordOf(value) });
  }
  return words.length ? words : undefined;
}

function known(words: readonly HeaderCellWord[]): HeaderWord[] {
  return words.flatMap(({ word }) => (word ? [word] : []));
}

/**
 * A row that can anchor a table: two header words at least, one of them a figure column. Below
 * a first table, a row of part names only (a line of zeros 一般公共预算财政拨款 | 基本支出 on a
 * 收支总表) is no header: a later table names a role or a measure.
 */
function anchorScore(words: readonly HeaderCellWord[] | undefined, later: boolean): number {
  if (!words) return 0;
  const found = known(words);
  if (found.length < 2 || !found.some(isFigureWord)) return 0;
  if (later && !found.some((word) => word.role !== undefined || word.measure !== undefined))
    return 0;
  return found.length;
}

/** Every text of the row a header word: a group row above or a sub-header row below. */
function allHeaderWords(words: readonly HeaderCellWord[] | undefined): boolean {
  return !!words && words.every(({ word }) => word !== undefined);
}

function figureColumns(words: readonly HeaderCellWord[]): Set<number> {
  return new Set(words.filter(({ word }) => word && isFigureWord(word)).map(({ col }) => col));
}

/**
 * A 栏次 row: labelled 栏次, or its figure cells numbered 1, 2, 3 … while its label cells are
 * blank. Either way it holds column numbers, not figures.
 */
function isNumberingRow(sheet: SheetGrid, row: number, figureCols: ReadonlySet<number>): boolean {
  const cells = sheet.rows[row];
  if (!cells) return false;
  let numbers: number[] = [];
  let labelled = false;
  for (let col = 0; col < cells.length; col++) {
    const value = cells[col];
    if (value === null || value === undefined || value === '') continue;
    if (typeof value === 'string' && /^\s*栏\s*次\s*$/.test(value)) labelled = true;
    else if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+\s*$/.test(value)))
      numbers.push(Number(value));
    else return false;
  }
  if (labelled) return true;
  numbers = numbers.filter((n) => Number.isInteger(n));
  if (numbers.length < 2 || numbers.length < figureCols.size) return false;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1) && numbers[0] <= 1;
}

/** A row below the anchor is a sub-header when its texts are header words standing under one
 * spanning cell (two or more), or in a figure column (`合计` under `2023年预算数`). */
function isSubHeader(
  words: readonly HeaderCellWord[] | undefined,
  figureCols: ReadonlySet<number>,
) {
  if (!allHeaderWords(words) || !words) return false;
  return words.length >= 2 || words.some(({ col }) => figureCols.has(col));
}

/** Grows the band around its anchor: group rows above, sub-header and 栏次 rows below. */
function bandAround(sheet: SheetGrid, anchor: number, floor: number): HeaderBand {
  const anchorWords = wordsOfRow(sheet, anchor) ?? [];
  let top = anchor;
  while (top - 1 >= floor && allHeaderWords(wordsOfRow(sheet, top - 1))) top--;
  const figureCols = figureColumns(anchorWords);
  let bottom = anchor;
  while (isSubHeader(wordsOfRow(sheet, bottom + 1), figureCols)) {
    bottom++;
    for (const col of figureColumns(wordsOfRow(sheet, bottom) ?? [])) figureCols.add(col);
  }
  if (isNumberingRow(sheet, bottom + 1, figureCols)) {
    return { top, anchor, bottom: bottom + 1, numberingRow: bottom + 1 };
  }
  return { top, anchor, bottom };
}

/**
 * Every header band of a sheet, top to bottom. The first is looked for in the first rows; a
 * later one (a 绩效指标 table under a 项目资金 block) anywhere below the band before it. Rows
 * with a number are passed over at once, so a 200 000-row roster costs one look per row.
 */
export function findBands(sheet: SheetGrid): HeaderBand[] {
  const bands: HeaderBand[] = [];
  let row = 0;
  while (row < sheet.rows.length) {
    const limit = bands.length
      ? sheet.rows.length
      : Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
    let best: { row: number; score: number } | undefined;
    for (let candidate = row; candidate < limit; candidate++) {
      const score = anchorScore(wordsOfRow(sheet, candidate), bands.length > 0);
      if (score === 0) {
        if (best) break;
        continue;
      }
      if (!best || score > best.score) best = { row: candidate, score };
    }
    if (!best) break;
    const band = bandAround(sheet, best.row, bands.length ? bands[bands.length - 1].bottom + 1 : 0);
    bands.push(band);
    row = band.bottom + 1;
  }
  return bands;
}

/** Where each table of a band starts: an item or code column after a figure column. */
export function splitColumns(sheet: SheetGrid, band: HeaderBand, width: number): CellRange[] {
  const words = wordsOfRow(sheet, band.anchor) ?? [];
  const starts = [0];
  // A table repeats side by side when a label column follows figures that had labels of their
  // own; columns in any order (执行数 | 项目 | 预算数) stay one table.
  let sawLabel = false;
  let sawFigure = false;
  for (const { col, word } of words) {
    if (!word) continue;
    const labels = word.role === 'item' || word.role === 'code' || word.role === 'category';
    if (labels && sawFigure && sawLabel && !word.codePart) {
      starts.push(col);
      sawFigure = false;
    }
    if (labels) sawLabel = true;
    if (isFigureWord(word)) sawFigure = true;
  }
  return starts.map((left, index) => ({
    top: band.top,
    bottom: band.bottom,
    left,
    right: index + 1 < starts.length ? starts[index + 1] - 1 : Math.max(left, width - 1),
  }));
}

/** The value at a cell as the band sees it. */
export function bandText(sheet: SheetGrid, row: number, col: number): string {
  const value = cellAt(sheet, row, col);
  return typeof value === 'string' ? value.trim() : '';
}
