import { classifyWithin, doubledHalfUnitFen, type Amount } from '../money/fen';
import { formatDoubledFen, formatFen } from '../money/format';
import type { Severity } from '../model/finding';

export interface Comparison {
  readonly severity: Severity;
  /** Within the rounding tolerance (whatever the strict setting makes of it). */
  readonly rounding: boolean;
  /** Recomputed figure, in the stated figure's unit. */
  readonly expected: string;
  /** Stated figure, as shown. */
  readonly actual: string;
  readonly difference: string;
  readonly tolerance: string;
}

/**
 * Compares a stated figure with a recomputation whose doubled tolerance (fen) is known.
 * Returns undefined when they agree.
 */
function compareWithin(
  stated: Amount,
  recomputedFen: number,
  doubledTolerance: number,
  strict: boolean,
): Comparison | undefined {
  // Whether a difference is rounding is a fact about the figures; strict only changes severity.
  const difference = classifyWithin(stated.fen, recomputedFen, doubledTolerance, false);
  if (difference === 'equal') return undefined;
  const unit = stated.unit;
  return {
    severity: difference === 'rounding' && !strict ? 'warning' : 'error',
    rounding: difference === 'rounding',
    expected: formatFen(recomputedFen, unit, stated.shownDecimals),
    actual: formatFen(stated.fen, unit, stated.shownDecimals),
    difference: formatFen(Math.abs(stated.fen - recomputedFen), unit, 0),
    tolerance: formatDoubledFen(doubledTolerance, unit),
  };
}

/**
 * Compares a stated figure with its recomputation. Returns undefined when they agree; else the
 * severity (warning for a rounding difference, error for a mismatch or in strict mode) and the
 * decimal strings, all in the stated figure's unit.
 */
export function compareFigure(
  stated: Amount,
  parts: readonly Amount[],
  recomputedFen: number,
  strict: boolean,
): Comparison | undefined {
  let doubledTolerance = doubledHalfUnitFen(stated);
  for (const part of parts) doubledTolerance += doubledHalfUnitFen(part);
  return compareWithin(stated, recomputedFen, doubledTolerance, strict);
}

/**
 * Compares a stated 金额 with 人数 × 标准. The product is exact; its tolerance is 人数 times half
 * a unit of 标准's last shown decimal (each recipient got the rounded rate: 100 元 shared by 3 is
 * 33.33 each) plus half a unit of 金额's own. A rate is paid to the fen, so a whole 300 元/人 is
 * taken as 300.00: 568 × 300 must be 170400 within 2.84 元, not within 284 元.
 */
export function compareProduct(
  stated: Amount,
  standard: Amount,
  headcount: number,
  strict: boolean,
): Comparison | undefined {
  const doubledTolerance =
    Math.abs(headcount) * Math.min(doubledHalfUnitFen(standard), 1) + doubledHalfUnitFen(stated);
  return compareWithin(stated, headcount * standard.fen, doubledTolerance, strict);
}
