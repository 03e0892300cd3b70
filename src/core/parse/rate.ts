import { decimalOfNumber, type Decimal } from '../money/decimal';
import { ofDecimal, multiply, ratio, type Ratio } from '../money/ratio';
import type { CellValue } from '../model/grid';
import { isPercentFormat, shownDecimalsOfFormat } from './numFmt';
import { parseNumberText } from './number';

/** A stated number that is no money: a rate in percent, a score, a weight. */
export interface StatedNumber {
  readonly value: Ratio;
  /** The decimals the reader sees (of the percent, for a rate). */
  readonly shownDecimals: number;
}

export type NumberRead = StatedNumber | 'blank' | 'unread';

function numberOf(decimal: Decimal, shown: number | undefined): StatedNumber {
  return { value: ofDecimal(decimal), shownDecimals: shown ?? decimal.scale };
}

/**
 * A rate as a percentage. `95%` typed as text, `95.00` under a `（%）` header and `0.95` under a
 * `%` number format are all 95 %. A bare number under no `%` at all is not read: 0.95 and 95
 * would both be guesses.
 */
export function readPercent(
  cell: CellValue,
  numFmt: string | undefined,
  percentHeader: boolean,
): NumberRead {
  if (cell === null) return 'blank';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return 'unread';
    const decimal = decimalOfNumber(cell);
    if (isPercentFormat(numFmt)) {
      const shown = shownDecimalsOfFormat(numFmt) ?? Math.max(0, decimal.scale - 2);
      return { value: multiply(ofDecimal(decimal), ratio(100n)), shownDecimals: shown };
    }
    return percentHeader ? numberOf(decimal, shownDecimalsOfFormat(numFmt)) : 'unread';
  }
  if (typeof cell !== 'string') return 'unread';
  const parsed = parseNumberText(cell);
  if (parsed.kind === 'blank') return 'blank';
  if (parsed.kind !== 'number' || parsed.unit) return 'unread';
  return parsed.percent || percentHeader ? numberOf(parsed.decimal, undefined) : 'unread';
}

/** A plain number (分值, 得分): numeric, or typed as text without unit or `%`. */
export function readPlain(cell: CellValue, numFmt: string | undefined): NumberRead {
  if (cell === null) return 'blank';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || isPercentFormat(numFmt)) return 'unread';
    return numberOf(decimalOfNumber(cell), shownDecimalsOfFormat(numFmt));
  }
  if (typeof cell !== 'string') return 'unread';
  const parsed = parseNumberText(cell);
  if (parsed.kind === 'blank') return 'blank';
  if (parsed.kind !== 'number' || parsed.unit || parsed.percent) return 'unread';
  return numberOf(parsed.decimal, undefined);
}
