import type { ColumnRole } from '../model/roles';
import type { Unit } from '../model/unit';
import { normaliseLabel } from '../parse/text';
import { NOT_A_FIGURE, ROLE_SYNONYMS } from './synonyms';

/** A column whose role was found, with the header text and the unit its figures are in. */
export interface DetectedColumn {
  readonly col: number;
  readonly role: ColumnRole;
  /** What messages call the column: its leaf header (`基本支出`, `基本支出小计`). */
  readonly header: string;
  /** Its header texts from the top row down: `['本年支出', '基本支出']`. */
  readonly path?: readonly string[];
  /** The A1-free place of its leaf header cell, 0-based. */
  readonly headerRow?: number;
  readonly year?: number;
  /** 合计 / 小计: a column that covers its siblings under the same parent. */
  readonly total?: boolean;
  /** 其中：…: a part of the column before it. */
  readonly whereof?: boolean;
  /** 类 / 款 / 项: one segment of a classification code split over columns. */
  readonly codePart?: 'class' | 'section' | 'item';
  /** Money columns only: the unit, and where it came from. */
  readonly unit?: Unit;
  readonly unitSource?: 'header' | 'unit-line' | 'assumed';
  /** Source columns only: public money (区财政资金) as opposed to the unit's own (本级资金). */
  readonly fiscal?: boolean;
}

/** Strips a parenthesised unit or note, `金额（万元）` → `金额`, and normalises. */
function headerWord(text: string): string {
  return normaliseLabel(text)
    .replace(/\((?!元\/人)[^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[:：*]/g, '');
}

/**
 * The role a header names, or undefined. An exact synonym wins; otherwise the longest synonym
 * the header contains (`2022年预算数` is a budget column).
 */
export function roleOfHeader(text: string): ColumnRole | undefined {
  const word = headerWord(text);
  if (!word) return undefined;
  let best: { role: ColumnRole; score: number } | undefined;
  for (const [role, synonyms] of Object.entries(ROLE_SYNONYMS) as [
    ColumnRole,
    readonly string[],
  ][]) {
    for (const synonym of synonyms) {
      let score = 0;
      if (word === synonym) score = 1000 + synonym.length;
      else if (synonym.length >= 2 && word.includes(synonym)) score = synonym.length;
      if (score > 0 && (!best || score > best.score)) best = { role, score };
    }
  }
  if (!best) return undefined;
  if (best.score < 1000 && NOT_A_FIGURE.test(word)) return undefined;
  if (best.score >= 1000 && /^(备注|序号)$/.test(word)) return undefined;
  return best.role;
}

/** Whether a funding-source header names public money rather than the unit's own. */
export function isFiscalSource(header: string): boolean {
  const word = normaliseLabel(header);
  return /财政|上级|补助|fiscal|government/.test(word) && !/本级|自有|own/.test(word);
}
