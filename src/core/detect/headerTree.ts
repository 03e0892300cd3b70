import type { CellRange, SheetGrid } from '../model/grid';
import { bandText, type HeaderBand } from './bands';

/** One column's place in the header tree: its header texts from the top row down. */
export interface HeaderPath {
  readonly col: number;
  /** `['本年支出', '基本支出']`: each level once, top first. */
  readonly texts: readonly string[];
  /** The row of each level's cell (the top-left of its span). */
  readonly rows: readonly number[];
  /** The row and column of the leaf's own cell. */
  readonly leafRow: number;
  readonly leafCol: number;
}

interface Slot {
  readonly text: string;
  /** Where the text is typed: the top-left cell of a merge or of an unmerged span. */
  readonly row: number;
  readonly col: number;
}

/** The header rows of a band, without the 栏次 row. */
function headerRows(band: HeaderBand): number[] {
  const rows: number[] = [];
  for (let row = band.top; row <= band.bottom; row++) if (row !== band.numberingRow) rows.push(row);
  return rows;
}

/**
 * The header cells of a region as a matrix of slots, each cell knowing the text that spans it.
 * Merged areas span their cells. Where merges are not visible (the add-in reads them only from
 * ExcelApi 1.13, and some writers repeat a label or leave it blank instead of merging), a header
 * cell followed by blank cells over a row of sub-headers spans them too, so both readers build
 * the same tree. Worked bottom-up, because whether a blank spans depends on the row below.
 */
function slotsOf(sheet: SheetGrid, band: HeaderBand, region: CellRange): (Slot | undefined)[][] {
  const rows = headerRows(band);
  const width = region.right - region.left + 1;
  const slots: (Slot | undefined)[][] = rows.map((row) =>
    Array.from({ length: width }, (_, i) => {
      const col = region.left + i;
      const text = bandText(sheet, row, col);
      return text ? { text, row, col } : undefined;
    }),
  );
  for (const merge of sheet.merges) {
    const text = bandText(sheet, merge.top, merge.left);
    if (!text) continue;
    rows.forEach((row, r) => {
      if (row < merge.top || row > merge.bottom) return;
      for (let col = Math.max(merge.left, region.left); col <= merge.right; col++) {
        if (col > region.right) break;
        slots[r][col - region.left] = { text, row: merge.top, col: merge.left };
      }
    });
  }
  for (let r = rows.length - 2; r >= 0; r--) {
    for (let i = 1; i < width; i++) {
      const left = slots[r][i - 1];
      if (slots[r][i] || !left) continue;
      if (slots[r + 1][i] && slots[r + 1][i - 1]) slots[r][i] = left;
    }
  }
  return slots;
}

/**
 * Each column's path in the region's header tree. A blank under a header cell ends that
 * column's path (a header merged down over the rows below it); a label typed again in the cell
 * below (unmerged, repeated) counts once.
 */
export function headerPaths(sheet: SheetGrid, band: HeaderBand, region: CellRange): HeaderPath[] {
  const slots = slotsOf(sheet, band, region);
  const paths: HeaderPath[] = [];
  for (let i = 0; i <= region.right - region.left; i++) {
    const texts: string[] = [];
    const rows: number[] = [];
    let leaf: Slot | undefined;
    for (const row of slots) {
      const slot = row[i];
      if (!slot) continue;
      if (texts.length && texts[texts.length - 1] === slot.text && leaf?.row !== slot.row) {
        // The same label typed again below (an unmerged, repeated header) is one level.
        continue;
      }
      if (leaf && leaf.row === slot.row && leaf.col === slot.col) continue;
      texts.push(slot.text);
      rows.push(slot.row);
      leaf = slot;
    }
    if (leaf) {
      paths.push({ col: region.left + i, texts, rows, leafRow: leaf.row, leafCol: leaf.col });
    }
  }
  return paths;
}
