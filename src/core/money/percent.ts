import { divideHalfUp } from './divide';

/**
 * `part / whole` as a percentage string with at most `decimals` places, rounded half up and
 * without trailing zeros: 15 of 15 → `100`, 14.5 of 15 → `96.67`. Undefined when `whole` is 0.
 * Integer arithmetic only: (part × 100 × 10^decimals) / whole.
 */
export function percentOf(part: number, whole: number, decimals = 2): string | undefined {
  if (whole === 0) return undefined;
  const scaled = divideHalfUp(BigInt(part) * 100n * 10n ** BigInt(decimals), BigInt(whole));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const integerPart = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  const body = fraction ? `${integerPart}.${fraction}` : integerPart;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}
