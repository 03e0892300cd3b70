/**
 * A decimal number kept as an integer of digits and a scale: value = digits × 10^-scale.
 * Everything money-related goes through this so that no float is ever summed.
 */
export interface Decimal {
  readonly negative: boolean;
  /** The digits without sign or point, no leading zeros ("0" for zero). */
  readonly digits: string;
  readonly scale: number;
}

const PLAIN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * The largest exponent read: a double's own range (5e-324 … 1.8e308) with room to spare. A text
 * such as `1e100000000` is refused here rather than expanded into a hundred million zeros.
 */
export const MAX_EXPONENT = 400;

/**
 * Reads a plain decimal string (`-1234.50`, `1e-7`, `.5`) exactly.
 * Returns undefined for anything else, and for an exponent beyond ±MAX_EXPONENT (never expanded).
 */
export function parseDecimal(text: string): Decimal | undefined {
  const match = PLAIN.exec(text);
  if (!match) return undefined;
  const [, sign, whole, fraction = '', exponentText] = match;
  if (whole === '' && fraction === '') return undefined;
  const exponent = exponentText ? Number(exponentText) : 0;
  if (!(Math.abs(exponent) <= MAX_EXPONENT)) return undefined;
  let digits = (whole + fraction).replace(/^0+/, '');
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits = digits === '' ? '' : digits + '0'.repeat(-scale);
    scale = 0;
  }
  if (digits === '') return { negative: false, digits: '0', scale: 0 };
  return { negative: sign === '-', digits, scale };
}

/**
 * The decimal shown by Excel for a numeric cell: 15 significant digits, as Excel keeps them,
 * so a cached formula result such as 0.30000000000000004 reads as 0.3.
 */
export function decimalOfNumber(value: number): Decimal {
  const text =
    Number.isInteger(value) && Math.abs(value) < 1e15
      ? String(value)
      : String(Number(value.toPrecision(15)));
  const decimal = parseDecimal(text);
  if (!decimal) throw new RangeError(`not a finite number: ${value}`);
  return decimal;
}

/** Digits after the point as written (trailing zeros count: 1.50 has two). */
export function decimalPlaces(decimal: Decimal): number {
  return decimal.scale;
}

export function multiplyByPowerOfTen(decimal: Decimal, exponent: number): Decimal {
  if (decimal.digits === '0') return decimal;
  if (exponent <= decimal.scale) return { ...decimal, scale: decimal.scale - exponent };
  return {
    ...decimal,
    digits: decimal.digits + '0'.repeat(exponent - decimal.scale),
    scale: 0,
  };
}

/**
 * Rounds to a whole number, half away from zero (the rounding accountants apply to fen).
 * Returns undefined when the result is not a safe integer.
 */
export function roundHalfAwayFromZero(decimal: Decimal): number | undefined {
  const { digits, scale } = decimal;
  let whole: bigint;
  if (scale === 0) {
    whole = BigInt(digits);
  } else {
    const padded = digits.padStart(scale + 1, '0');
    const integerPart = BigInt(padded.slice(0, padded.length - scale));
    const firstDropped = padded.charCodeAt(padded.length - scale) - 48;
    whole = firstDropped >= 5 ? integerPart + 1n : integerPart;
  }
  if (whole > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  const magnitude = Number(whole);
  return decimal.negative && magnitude !== 0 ? -magnitude : magnitude;
}
