/**
 * Integer division rounded half up (half away from zero): 2.5 → 3, -2.5 → -3. Used for every
 * ratio the report prints (execution rate, per-capita amount), in bigint so that fen × 10 000
 * cannot lose digits.
 */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** An integer count of hundredths as a decimal string with two places: 10000n → "100.00". */
export function formatHundredths(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const digits = String(negative ? -hundredths : hundredths).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * `part` as a percentage of `whole`, two decimals, rounded half up in integer arithmetic:
 * 150 000 of 150 000 → "100.00". Undefined when `whole` is zero.
 */
export function percentage(part: number, whole: number): string | undefined {
  if (whole === 0) return undefined;
  return formatHundredths(divideHalfUp(BigInt(part) * 10_000n, BigInt(whole)));
}
