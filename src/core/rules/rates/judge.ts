import { doubledHalfUnitFen, type Amount } from '../../money/fen';
import {
  add,
  compare,
  divide,
  formatScaled,
  halfUnit,
  multiply,
  ofScaled,
  ratio,
  scaledRound,
  subtract,
  type Ratio,
} from '../../money/ratio';
import type { Severity } from '../../model/finding';
import type { StatedNumber } from '../../parse/rate';

/** The values a figure may have had before it was rounded to what it shows. */
export interface Bound {
  readonly lo: Ratio;
  readonly hi: Ratio;
}

export interface Verdict {
  readonly severity: Severity;
  readonly rounding: boolean;
  /** The recomputation rounded to the stated figure's own decimals. */
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
}

/** A figure shown to some decimals stands for anything within half a unit of its last one. */
export function around(value: Ratio, half: Ratio): Bound {
  return { lo: subtract(value, half), hi: add(value, half) };
}

/** An amount in fen, and the fen its shown decimals leave open. */
export function fenOf(amount: Pick<Amount, 'fen'>): Ratio {
  return ratio(BigInt(amount.fen));
}

export function amountBound(amount: Amount): Bound {
  return around(fenOf(amount), ratio(BigInt(doubledHalfUnitFen(amount)), 2n));
}

/**
 * 100 × n ÷ d over every value n and d may have had. The quotient is monotone in each while d
 * keeps its sign, so its extremes are at the corners; a d that may have been zero bounds
 * nothing.
 */
export function percentRange(n: Bound, d: Bound): Bound | undefined {
  if (compare(d.lo, ratio(0n)) * compare(d.hi, ratio(0n)) <= 0) return undefined;
  const corners: Ratio[] = [];
  for (const num of [n.lo, n.hi]) {
    for (const den of [d.lo, d.hi]) {
      const q = divide(multiply(num, ratio(100n)), den);
      if (!q) return undefined;
      corners.push(q);
    }
  }
  const sorted = corners.sort(compare);
  return { lo: sorted[0], hi: sorted[sorted.length - 1] };
}

/**
 * Judges a stated number against its exact recomputation. Equal when the recomputation rounded
 * to the stated figure's own decimals is what it shows (−33.89 for −33.888…); a rounding
 * difference when what it shows lies within what the inputs' shown decimals allow (and its own
 * half unit); else a mismatch. Strict mode makes a rounding difference an error.
 */
export function judge(
  stated: StatedNumber,
  exact: Ratio,
  range: Bound | undefined,
  strict: boolean,
): Verdict | undefined {
  const decimals = stated.shownDecimals;
  const shown = scaledRound(stated.value, decimals);
  const recomputed = scaledRound(exact, decimals);
  if (shown === recomputed) return undefined;
  const value = ofScaled(shown, decimals);
  const half = halfUnit(decimals);
  const rounding =
    range !== undefined &&
    compare(value, subtract(range.lo, half)) >= 0 &&
    compare(value, add(range.hi, half)) <= 0;
  const gap = shown - recomputed;
  return {
    severity: rounding && !strict ? 'warning' : 'error',
    rounding,
    expected: formatScaled(recomputed, decimals),
    actual: formatScaled(shown, decimals),
    difference: formatScaled(gap < 0n ? -gap : gap, decimals),
  };
}
