import { cellAt, type CellValue, type SheetGrid } from '../model/grid';
import { normaliseLabel, toHalfWidth } from '../parse/text';
import type { DetectedColumn } from './columns';
import { codeOfRow, CodeCarry } from './codes';

export type RowKind = 'line' | 'subtotal' | 'total' | 'heading' | 'note';

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
  /** A line whose figures are all blank: a line of zeros where zero is left blank. */
  readonly blank?: boolean;
  /** The label starts with 其中: the first part of the line above. */
  readonly whereof?: boolean;
  /** The level of the label's numbering: 一、 1, （一） 2, 1. 3, (1) 4, ① 5. */
  readonly numbering?: number;
}

const FIGURE_ROLES = new Set(['budget', 'actual', 'amount', 'headcount', 'source']);

/** 一、 （一） 1. 1、 (1) ① — numbering in front of a label. */
const NUMBERING =
  /^(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]\d+[)）]|\d+[、.．](?!\d)|[①-⑳])\s*/;

const NUMBERING_LEVELS: ReadonlyArray<RegExp> = [
  /^[一二三四五六七八九十]+[、.．]/,
  /^[(（][一二三四五六七八九十]+[)）]/,
  /^\d+[、.．](?!\d)/,
  /^[(（]\d+[)）]/,
  /^[①-⑳]/,
];

/** Numbering starts with a bracket, a Chinese or Arabic numeral or a circled number (maybe after 其中 or spaces). */
const MAY_BE_NUMBERED = /^[\s\u3000]*(?:其中[:：]?[\s\u3000]*)?[(（一二三四五六七八九十\d０-９①-⑳]/;

export function numberingLevel(text: string): number | undefined {
  if (!MAY_BE_NUMBERED.test(text)) return undefined;
  const plain = toHalfWidth(text)
    .trim()
    .replace(/^其中[:：]?\s*/, '');
  const index = NUMBERING_LEVELS.findIndex((pattern) => pattern.test(plain));
  return index < 0 ? undefined : index + 1;
}

const WHEREOF_PREFIX = /^其中[:：]?/;

export function labelKey(text: string): string {
  return normaliseLabel(text)
    .replace(WHEREOF_PREFIX, '')
    .replace(NUMBERING, '')
    .replace(WHEREOF_PREFIX, '');
}

const COLONS = /[:：]/g;
const GRAND_TOTAL = /^(合计|总计|共计|总合计|累计|total|grandtotal|sum)$/;
const SUBTOTAL = /^(小计|subtotal)$|.+(小计|合计)$/;

/**
 * Every total word contains 计, or the letters t / s of total / sum in some width or case: a
 * text without them is no total, and a 200 000-row roster's names are not normalised to see it.
 */
const MAY_BE_TOTAL = /[计tTsSｔＴｓＳ]/;

export function totalKind(text: string): 'total' | 'subtotal' | undefined {
  if (!MAY_BE_TOTAL.test(text)) return undefined;
  const key = labelKey(text).replace(COLONS, '');
  if (GRAND_TOTAL.test(key)) return 'total';
  if (SUBTOTAL.test(key)) return 'subtotal';
  return undefined;
}

/** 注：… / 说明：… / 编制单位、填报人、单位负责人 lines under a table: words, never figures. */
const NOTE =
  /^(注|说明|备注|填报人|填表人|制表人|编制单位|单位负责人|财务负责人|审核人|联系电话|栏\s*次)(?:[:：0-9１-９、.．\s]|$)/;

function text(value: CellValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

const INDENTED = /^[\s\u3000]|^其中/;

function indentOf(raw: string): number {
  if (!INDENTED.test(raw)) return 0;
  const leading = /^[\s\u3000]*/.exec(raw)?.[0] ?? '';
  let indent = 0;
  for (const ch of leading) indent += ch === '\u3000' ? 2 : 1;
  if (/^[\s\u3000]*其中/.test(raw)) indent += 1;
  return indent;
}

const WHEREOF = /^[\s\u3000]*其中/;

const REMARK = /备注|说明|附注|remark|note|comment/;

/** Columns headed 备注 / 说明 / Remark: free text that never names a row. */
function remarkColumns(sheet: SheetGrid, headerRow: number, left: number, right: number): number[] {
  const columns: number[] = [];
  for (let row = Math.max(0, headerRow - 1); row <= headerRow; row++) {
    const cells = sheet.rows[row] ?? [];
    for (let col = left; col <= Math.min(right, cells.length - 1); col++) {
      const value = cells[col];
      if (typeof value === 'string' && REMARK.test(normaliseLabel(value))) columns.push(col);
    }
  }
  return columns;
}

/** The rows of a table region: from the row under its header to its last row, its columns. */
export interface RowSpan {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly left: number;
  readonly right: number;
}

/**
 * Classifies every row of a region: lines, 小计 / 合计 rows, headings, notes (blank rows are left
 * out, so an empty row costs nothing however far the region reaches). A line
 * whose figures are all blank is a line of zeros (official tables leave zero blank), unless it
 * heads the lines below it: a disbursement sheet's project name, a numbered heading over
 * lower-numbered lines, a 基本支出 / 项目支出 section.
 */
export function classifyRows(
  sheet: SheetGrid,
  span: RowSpan,
  columns: readonly DetectedColumn[],
  blankIsZero: boolean,
): DataRow[] {
  const figureCols = columns.filter((c) => FIGURE_ROLES.has(c.role)).map((c) => c.col);
  const codeCols = columns.filter((c) => c.role === 'code');
  // A remark (备注: 「含小计」) or a figure never makes a row a total; labels do.
  const notLabels = new Set([
    ...figureCols,
    ...remarkColumns(sheet, span.headerRow, span.left, span.right),
  ]);
  const item = columns.find((c) => c.role === 'item')?.col;
  const category = columns.find((c) => c.role === 'category')?.col;
  const carry = new CodeCarry();
  const rows: DataRow[] = [];
  for (let row = span.firstRow; row <= span.lastRow; row++) {
    const cells = sheet.rows[row] ?? [];
    let firstText: string | undefined;
    let anyValue = false;
    let total = false;
    let subtotal = false;
    const last = Math.min(span.right, cells.length - 1);
    for (let col = span.left; col <= last; col++) {
      const value = cells[col];
      if (value === null || value === undefined || value === '') continue;
      anyValue = true;
      if (notLabels.has(col) || typeof value !== 'string' || !value.trim()) continue;
      firstText ??= value;
      const kind = totalKind(value);
      if (kind === 'total') total = true;
      else if (kind === 'subtotal') subtotal = true;
    }
    // Blank rows are left out (every reader of the rows skipped them): a sheet whose one stray
    // cell stands on row 1 048 576 would otherwise cost an object per empty row.
    if (!anyValue) continue;
    const itemText = item === undefined ? '' : text(cellAt(sheet, row, item));
    const categoryText = category === undefined ? '' : text(cellAt(sheet, row, category)).trim();
    const code = codeOfRow(sheet, row, codeCols, carry);
    const label = (itemText.trim() || categoryText || firstText || '').trim();
    if (!code && NOTE.test(label)) {
      rows.push({ row, kind: 'note', label, key: labelKey(label), indent: 0 });
      continue;
    }
    const hasFigure = figureCols.some((col) => {
      const value = cellAt(sheet, row, col);
      return value !== null && !(typeof value === 'string' && !value.trim());
    });
    const kind = total
      ? 'total'
      : subtotal
        ? 'subtotal'
        : hasFigure || (blankIsZero && !!(label || code))
          ? 'line'
          : 'heading';
    const key = labelKey(label);
    const indent = indentOf(itemText);
    const numbering = numberingLevel(label);
    const blank = kind === 'line' && !hasFigure;
    const whereof = WHEREOF.test(label);
    // Literals, not spreads or fields added later (each a second allocation per row): the plain
    // line of a 200 000-row roster has five fields, a richer row all of them.
    const dataRow: DataRow =
      code || categoryText || blank || whereof || numbering
        ? {
            row,
            kind,
            label,
            key,
            code: code || undefined,
            category: categoryText ? labelKey(categoryText) : undefined,
            indent,
            blank: blank || undefined,
            whereof: whereof || undefined,
            numbering: numbering || undefined,
          }
        : { row, kind, label, key, indent };
    rows.push(dataRow);
  }
  return blankIsZero ? withHeadings(rows) : rows;
}

const SECTION_KEYS = new Set(['基本支出', '项目支出', 'basicexpenditure', 'projectexpenditure']);

/**
 * A blank line stays a heading where it heads what follows: a section (基本支出) or a numbered
 * heading over lines numbered one level lower or not at all. A blank line among its equals
 * (1.因公出国（境）费 between 2. and 3.) is a line of zeros.
 */
function withHeadings(rows: readonly DataRow[]): DataRow[] {
  return rows.map((row, index) => {
    if (!row.blank || row.code) return row;
    const next = rows.at(index + 1);
    if (!next || next.kind !== 'line' || next.whereof) return row;
    const heads =
      SECTION_KEYS.has(row.key) ||
      (row.numbering !== undefined &&
        (next.numbering === undefined || next.numbering > row.numbering));
    if (!heads) return row;
    return { row: row.row, kind: 'heading', label: row.label, key: row.key, indent: row.indent };
  });
}
