import type { Decimal } from './decimal';

/**
 * An exact rational number, numerator over a positive denominator, in bigints: rates (执行率,
 * 增减率) and scores are recomputed and compared in these, never in floats.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export function ratio(num: bigint, den: bigint = 1n): Ratio {
  if (den === 0n) throw new RangeError('zero denominator');
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

export function ofDecimal(decimal: Decimal): Ratio {
  const magnitude = BigInt(decimal.digits);
  return ratio(decimal.negative ? -magnitude : magnitude, 10n ** BigInt(decimal.scale));
}

export function add(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtract(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function multiply(a: Ratio, b: Ratio): Ratio {
  return ratio(a.num * b.num, a.den * b.den);
}

/** a ÷ b, or undefined when b is zero. */
export function divide(a: Ratio, b: Ratio): Ratio | undefined {
  return b.num === 0n ? undefined : ratio(a.num * b.den, a.den * b.num);
}

/** Negative, zero or positive as a is below, equal to or above b. */
export function compare(a: Ratio, b: Ratio): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function min(a: Ratio, b: Ratio): Ratio {
  return compare(a, b) <= 0 ? a : b;
}

/** Half a unit of the last of `decimals` places: 0.005 for 2. */
export function halfUnit(decimals: number): Ratio {
  return ratio(5n, 10n ** BigInt(decimals + 1));
}

/** The value in units of 10^-decimals, rounded half away from zero (95.004 at 2 → 9500n). */
export function scaledRound(value: Ratio, decimals: number): bigint {
  const scaled = value.num * 10n ** BigInt(decimals);
  const magnitude = scaled < 0n ? -scaled : scaled;
  const rounded = (2n * magnitude + value.den) / (2n * value.den);
  return scaled < 0n ? -rounded : rounded;
}

/** A scaled integer as a decimal string with exactly `decimals` places (9500n, 2 → `95.00`). */
export function formatScaled(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const body = decimals > 0 ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** A scaled integer back as a ratio: 9500n at 2 places is 95. */
export function ofScaled(scaled: bigint, decimals: number): Ratio {
  return ratio(scaled, 10n ** BigInt(decimals));
}
