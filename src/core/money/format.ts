import type { Unit } from '../model/unit';

/**
 * Fen as a decimal string in `unit`, built from integer parts (never through float
 * formatting). Shows at least `minDecimals` places and more only where digits are not zero,
 * so 161 860 000 fen in 万元 with 2 places is `161.86`.
 */
export function formatFen(fen: number, unit: Unit, minDecimals = 0): string {
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(unit.fenExponent + 1, '0');
  const whole = digits.slice(0, digits.length - unit.fenExponent);
  let fraction = digits.slice(digits.length - unit.fenExponent).replace(/0+$/, '');
  if (fraction.length < minDecimals) fraction = fraction.padEnd(minDecimals, '0');
  const body = fraction ? `${whole}.${fraction}` : whole;
  // A zero never carries a sign, whatever side it was computed from.
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Groups the whole part in threes for display: 170400.00 → 170,400.00. */
export function groupThousands(decimalText: string): string {
  const [whole, fraction] = decimalText.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A tolerance kept doubled (in half-fen) as a decimal string in `unit`: 1 half-fen in 元 is
 * `0.005`, 120 000 half-fen in 万元 is `0.06`. Exact, one more decimal place than the fen.
 */
export function formatDoubledFen(doubledFen: number, unit: Unit): string {
  return formatFen(doubledFen * 5, { ...unit, fenExponent: unit.fenExponent + 1 });
}
