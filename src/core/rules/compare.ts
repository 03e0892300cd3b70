import { classifyDifference, doubledHalfUnitFen, type Amount } from '../money/fen';
import { formatFen } from '../money/format';
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
  // Whether a difference is rounding is a fact about the figures; strict only changes severity.
  const difference = classifyDifference(stated, parts, recomputedFen, false);
  if (difference === 'equal') return undefined;
  const unit = stated.unit;
  let doubledTolerance = doubledHalfUnitFen(stated);
  for (const part of parts) doubledTolerance += doubledHalfUnitFen(part);
  return {
    severity: difference === 'rounding' && !strict ? 'warning' : 'error',
    rounding: difference === 'rounding',
    expected: formatFen(recomputedFen, unit, stated.shownDecimals),
    actual: formatFen(stated.fen, unit, stated.shownDecimals),
    difference: formatFen(Math.abs(stated.fen - recomputedFen), unit, 0),
    tolerance: formatFen(Math.floor(doubledTolerance / 2), unit, 0),
  };
}
