import { cellAt, type SheetGrid } from '../model/grid';
import { normaliseLabel } from '../parse/text';
import type { DetectedColumn } from './columns';

export type RowKind = 'line' | 'subtotal' | 'total' | 'heading' | 'blank';

/** One row below the header, classified. */
export interface DataRow {
  readonly row: number;
  readonly kind: RowKind;
  /** What the row is called (its item, else category, else first text), as typed. */
  readonly label: string;
  /** The label normalised for matching: half-width, no spaces, numbering and 其中 removed. */
  readonly key: string;
  readonly code?: string;
  readonly category?: string;
  /** Leading spaces or 其中 before the item: a nesting hint where no category or code exists. */
  readonly indent: number;
}

const FIGURE_ROLES = new Set(['budget', 'actual', 'amount', 'headcount', 'source']);

/** 一、 （一） 1. 1、 (1) ① — numbering in front of a label. */
const NUMBERING =
  /^(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]\d+[)）]|\d+[、.．](?!\d)|[①-⑳])\s*/;

export function labelKey(text: string): string {
  return normaliseLabel(text)
    .replace(NUMBERING, '')
    .replace(/^其中[:：]?/, '');
}

const GRAND_TOTAL = /^(合计|总计|共计|总合计|累计|total|grandtotal|sum)$/;
const SUBTOTAL = /^(小计|subtotal)$|.+(小计|合计)$/;

export function totalKind(text: string): 'total' | 'subtotal' | undefined {
  const key = labelKey(text).replace(/[:：]/g, '');
  if (GRAND_TOTAL.test(key)) return 'total';
  if (SUBTOTAL.test(key)) return 'subtotal';
  return undefined;
}

function text(value: ReturnType<typeof cellAt>): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

function indentOf(raw: string): number {
  const leading = /^[\s\u3000]*/.exec(raw)?.[0] ?? '';
  let indent = 0;
  for (const ch of leading) indent += ch === '\u3000' ? 2 : 1;
  if (/^[\s\u3000]*其中/.test(raw)) indent += 1;
  return indent;
}

function codeOf(value: ReturnType<typeof cellAt>): string | undefined {
  const digits = text(value).replace(/[\s\u3000]/g, '');
  return /^\d{3,}$/.test(digits) ? digits : undefined;
}

const REMARK = /备注|说明|附注|remark|note|comment/;

/** Columns headed 备注 / 说明 / Remark: free text that never names a row. */
function remarkColumns(sheet: SheetGrid, headerRow: number): number[] {
  const columns: number[] = [];
  for (let row = Math.max(0, headerRow - 1); row <= headerRow; row++) {
    (sheet.rows[row] ?? []).forEach((value, col) => {
      if (typeof value === 'string' && REMARK.test(normaliseLabel(value))) columns.push(col);
    });
  }
  return columns;
}

/** Classifies every row below the header: lines, 小计 / 合计 rows, headings, blanks. */
export function classifyRows(
  sheet: SheetGrid,
  headerRow: number,
  columns: readonly DetectedColumn[],
): DataRow[] {
  const figureCols = columns.filter((c) => FIGURE_ROLES.has(c.role)).map((c) => c.col);
  // A remark (备注: 「含小计」) or a figure never makes a row a total; labels do.
  const notLabels = new Set([...figureCols, ...remarkColumns(sheet, headerRow)]);
  const item = columns.find((c) => c.role === 'item')?.col;
  const category = columns.find((c) => c.role === 'category')?.col;
  const code = columns.find((c) => c.role === 'code')?.col;
  const rows: DataRow[] = [];
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    const texts: string[] = [];
    let anyValue = false;
    for (let col = 0; col < cells.length; col++) {
      const value = cells[col];
      if (value === null || value === undefined || value === '') continue;
      anyValue = true;
      if (!notLabels.has(col) && typeof value === 'string' && value.trim()) texts.push(value);
    }
    if (!anyValue) {
      rows.push({ row, kind: 'blank', label: '', key: '', indent: 0 });
      continue;
    }
    const itemText = item === undefined ? '' : text(cellAt(sheet, row, item));
    const categoryText = category === undefined ? '' : text(cellAt(sheet, row, category)).trim();
    const codeText = code === undefined ? undefined : codeOf(cellAt(sheet, row, code));
    const label = (itemText.trim() || categoryText || texts[0] || '').trim();
    const totals = texts.map(totalKind).filter((kind) => kind !== undefined);
    const hasFigure = figureCols.some((col) => {
      const value = cellAt(sheet, row, col);
      return value !== null && !(typeof value === 'string' && !value.trim());
    });
    const kind: RowKind = totals.includes('total')
      ? 'total'
      : totals.includes('subtotal')
        ? 'subtotal'
        : hasFigure
          ? 'line'
          : 'heading';
    rows.push({
      row,
      kind,
      label,
      key: labelKey(label),
      ...(codeText ? { code: codeText } : {}),
      ...(categoryText ? { category: labelKey(categoryText) } : {}),
      indent: indentOf(itemText),
    });
  }
  return rows;
}
