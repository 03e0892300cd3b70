import type { CellRef, CheckMeasure, CheckRow } from '../model/check';
import type { Amount } from '../money/fen';
import { formatFen } from '../money/format';
import type { Comparison } from './compare';

/**
 * What a rule recomputed, as a row of the reconciliation table: the same comparison that decides
 * its finding, agreeing or not, so the table and the findings come from one computation.
 */
export function moneyCheck(
  label: string,
  measure: CheckMeasure,
  ref: CellRef,
  stated: Amount,
  recomputedFen: number,
  comparison: Comparison | undefined,
): CheckRow {
  const decimals = stated.shownDecimals;
  return {
    label,
    measure,
    ref,
    unit: stated.unit,
    decimals,
    stated: formatFen(stated.fen, stated.unit, decimals),
    recomputed: formatFen(recomputedFen, stated.unit, decimals),
    difference: formatFen(stated.fen - recomputedFen, stated.unit, decimals),
    status: !comparison ? 'equal' : comparison.severity === 'warning' ? 'rounding' : 'mismatch',
  };
}

/** A count (人数) against the counts it covers: exact. */
export function countCheck(
  label: string,
  measure: CheckMeasure,
  ref: CellRef,
  stated: number,
  recomputed: number,
): CheckRow {
  return {
    label,
    measure,
    ref,
    unit: null,
    decimals: 0,
    stated: String(stated),
    recomputed: String(recomputed),
    difference: String(stated - recomputed),
    status: stated === recomputed ? 'equal' : 'mismatch',
  };
}
