import { UNITS, type Unit } from '../model/unit';
import { toHalfWidth } from './text';

// Longest first: 万元 must win over 元, "10k yuan" over "yuan".
const UNIT_WORDS: ReadonlyArray<readonly [RegExp, Unit]> = [
  [/亿元/, UNITS['hundred-million-yuan']],
  [/万元/, UNITS['ten-thousand-yuan']],
  [/千元/, UNITS['thousand-yuan']],
  [/100\s*million\s*(yuan|cny|rmb)/i, UNITS['hundred-million-yuan']],
  [/(10k|10,000|ten\s*thousand)\s*(yuan|cny|rmb)/i, UNITS['ten-thousand-yuan']],
  [/(1k|1,000|thousand)\s*(yuan|cny|rmb)/i, UNITS['thousand-yuan']],
  [/元|\byuan\b|\bcny\b|\brmb\b/i, UNITS.yuan],
];

/**
 * The money unit named in a header or unit line: `金额（万元）`, `单位：万元`, `Unit: 10k yuan`.
 * A rate such as `元/人` names 元.
 */
export function unitInText(text: string): Unit | undefined {
  const plain = toHalfWidth(text);
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(plain)) return unit;
  return undefined;
}

/** A unit line stands alone above a table: `单位：万元`, `单位:元`, `Unit: yuan`, `（单位：万元）`. */
export function unitLine(text: string): Unit | undefined {
  const plain = toHalfWidth(text).trim();
  if (!/(单位|unit)\s*[:：]?/i.test(plain)) return undefined;
  return unitInText(plain);
}
