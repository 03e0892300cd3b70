import type { Unit } from '../model/unit';
import { multiplyByPowerOfTen, roundHalfAwayFromZero, type Decimal } from './decimal';

/** An amount in integer fen, with the decimals it was shown with and the unit it was read in. */
export interface Amount {
  readonly fen: number;
  readonly shownDecimals: number;
  readonly unit: Unit;
}

/** Converts a decimal in `unit` to integer fen, rounding half away from zero to the fen. */
export function toFen(decimal: Decimal, unit: Unit): number | undefined {
  return roundHalfAwayFromZero(multiplyByPowerOfTen(decimal, unit.fenExponent));
}

/** Sum of integer fen. Integers only, so the sum is exact while it stays a safe integer. */
export function sumFen(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * Twice the rounding tolerance of one figure, in fen: half a unit of its last shown decimal.
 * Kept doubled so that half a fen stays an integer; a figure shown finer than the fen is
 * tolerated half a fen, since it was rounded to the fen when read.
 */
export function doubledHalfUnitFen(amount: Pick<Amount, 'shownDecimals' | 'unit'>): number {
  const exponent = Math.max(0, amount.unit.fenExponent - amount.shownDecimals);
  return 10 ** exponent;
}

export type Difference = 'equal' | 'rounding' | 'mismatch';

/**
 * Compares a stated figure with the figures it is recomputed from. The difference is a rounding
 * difference when no larger than the sum of half a unit of the last shown decimal of each
 * figure involved; strict mode treats every difference as a mismatch.
 */
export function classifyDifference(
  stated: Amount,
  parts: readonly Amount[],
  recomputedFen: number,
  strict: boolean,
): Difference {
  let doubledTolerance = doubledHalfUnitFen(stated);
  for (const part of parts) doubledTolerance += doubledHalfUnitFen(part);
  return classifyWithin(stated.fen, recomputedFen, doubledTolerance, strict);
}

/**
 * The same judgement against a tolerance the caller has worked out (doubled, in fen): a product
 * 人数 × 标准 carries 人数 times the rounding of 标准, not once.
 */
export function classifyWithin(
  statedFen: number,
  recomputedFen: number,
  doubledToleranceFen: number,
  strict: boolean,
): Difference {
  const difference = Math.abs(statedFen - recomputedFen);
  if (difference === 0) return 'equal';
  if (strict) return 'mismatch';
  return 2 * difference <= doubledToleranceFen ? 'rounding' : 'mismatch';
}
