import { parseDecimal, type Decimal } from '../money/decimal';
import type { Unit } from '../model/unit';
import { toHalfWidth } from './text';
import { unitInText } from './unit';

export type ParsedText =
  | { readonly kind: 'blank' }
  | {
      readonly kind: 'number';
      readonly decimal: Decimal;
      /** A unit written with the figure itself (`15万元`), overriding the column's. */
      readonly unit: Unit | undefined;
      readonly percent: boolean;
    }
  | { readonly kind: 'invalid' };

const BLANK_WORDS = new Set(['', '-', '--', '—', '——', '–', '无', '/', 'n/a', 'na']);

// After half-width folding: optional currency, digits with thousands separators, a unit suffix.
// No exponent: `1e5` typed as text is not how an accountant writes a figure, and `1e100000000`
// must be quoted back, never expanded.
const NUMBER_TEXT =
  /^([+-])?\s*(?:[¥￥$]|rmb|cny)?\s*([+-])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d*\.?\d+|\d+\.)\s*(%|亿元|万元|千元|元|亿|万|千|yuan)?$/i;

/**
 * Reads a figure typed as text: `1,234.50`, `１２３４．５０`, `￥1,234.50`, `(1,234.50)` (negative),
 * `15万元`, `12.5%`. `-`, `—`, `无` and empty are blank. Anything else (an exponent such as `1e5`
 * included) is invalid, never a guess.
 */
export function parseNumberText(raw: string): ParsedText {
  let text = toHalfWidth(raw).trim().replace(/\s+/g, ' ');
  if (BLANK_WORDS.has(text.toLowerCase())) return { kind: 'blank' };
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(text);
  if (bracketed) {
    negative = true;
    text = bracketed[1].trim();
  }
  const match = NUMBER_TEXT.exec(text);
  if (!match) return { kind: 'invalid' };
  const [, outerSign, innerSign, body, suffix = ''] = match;
  if (outerSign && innerSign) return { kind: 'invalid' };
  const sign = outerSign ?? innerSign;
  if (sign === '-') negative = !negative;
  const parsed = parseDecimal(body.replace(/,/g, ''));
  if (!parsed) return { kind: 'invalid' };
  const decimal = { ...parsed, negative: negative && parsed.digits !== '0' };
  const percent = suffix === '%';
  const unitWord = suffix.replace(/^亿$/, '亿元').replace(/^万$/, '万元').replace(/^千$/, '千元');
  return { kind: 'number', decimal, unit: percent ? undefined : unitInText(unitWord), percent };
}
