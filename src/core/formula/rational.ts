/**
 * Exact fractions over bigint: numerator / denominator, denominator > 0, in lowest terms.
 * Formula arithmetic runs on these so that `=1/3*3` is exactly 1 and no float is ever summed.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const ZERO = rational(0n);

export function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function subtract(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.n * b.n, a.d * b.d);
}

/** a ÷ b; undefined when b is zero (Excel's #DIV/0!). */
export function divide(a: Rational, b: Rational): Rational | undefined {
  return b.n === 0n ? undefined : rational(a.n * b.d, a.d * b.n);
}

export function negate(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}

export function isInteger(a: Rational): boolean {
  return a.d === 1n;
}

/** Rounds |n| / d to a whole number, half away from zero, keeping the sign. */
function roundWhole(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const rounded = (2n * magnitude + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** Excel's ROUND: half away from zero at `places` decimals (negative places round to tens …). */
export function roundTo(a: Rational, places: number): Rational {
  if (places >= 0) {
    const scale = 10n ** BigInt(places);
    return rational(roundWhole(a.n * scale, a.d), scale);
  }
  const scale = 10n ** BigInt(-places);
  return rational(roundWhole(a.n, a.d * scale) * scale);
}

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A decimal literal (`12.50`, `1e-3`) exactly; undefined for anything else. */
export function parseRational(text: string): Rational | undefined {
  const match = PLAIN.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText] = match;
  if (whole === '' && fraction === '') return undefined;
  const exponent = (exponentText ? Number(exponentText) : 0) - fraction.length;
  if (Math.abs(exponent) > 400) return undefined;
  let n = BigInt(whole + fraction);
  if (sign === '-') n = -n;
  return exponent >= 0
    ? rational(n * 10n ** BigInt(exponent))
    : rational(n, 10n ** BigInt(-exponent));
}

/** Digits of an integer magnitude. */
function digitCount(value: bigint): number {
  return value === 0n ? 1 : value.toString().length;
}

/**
 * The number Excel would hold: the fraction rounded (half away from zero) to 15 significant
 * digits, Excel's precision. Those digits round-trip through a double, so the amount parser
 * reads back exactly this decimal and rounds it to the fen once.
 */
export function toNumber(a: Rational): number {
  if (a.n === 0n) return 0;
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  // The exponent e with 10^e ≤ n/d < 10^(e+1), from the digit counts, corrected by one.
  let exponent = digitCount(n / a.d) - 1;
  if (n < a.d) {
    exponent = -1;
    while (n * 10n ** BigInt(-exponent) < a.d) exponent--;
  }
  const shift = 14 - exponent;
  const scaled =
    shift >= 0
      ? roundWhole(n * 10n ** BigInt(shift), a.d)
      : roundWhole(n, a.d * 10n ** BigInt(-shift));
  const text = `${negative ? '-' : ''}${scaled.toString()}e${-shift}`;
  return Number(text);
}
