import { partsOf, type Place, type TotalCheck } from '../../detect/totals';

/**
 * A detail figure that breaks a column total and a row total at once: the two broken relations
 * cross at it, and both differences say the same about it. Reported once, there.
 */
export interface Crossing {
  readonly place: Place;
  /** How much the stated figure should change (in fen) for both totals to agree. */
  readonly correctionFen: number;
  readonly rowCheck: TotalCheck;
  readonly columnCheck: TotalCheck;
}

const key = (place: Place): string => `${place.row}:${place.col}`;

/**
 * Finds the figures where broken relations cross. For each wrong row total, the one part that
 * also stands under a wrong column total is the candidate; a column total is explained when the
 * corrections of its candidates add up to its own difference. Totals whose difference is their
 * own (a wrong 合计 cell) are left alone: only detail figures, targets of no relation, cross.
 */
export function findCrossings(checks: readonly TotalCheck[]): Crossing[] {
  const targets = new Set(checks.map((check) => key(check.relation.total)));
  const failing = checks.filter((check) => check.own && check.status === 'mismatch');
  const columnChecksOf = new Map<string, TotalCheck[]>();
  for (const check of failing) {
    if (check.relation.direction !== 'column') continue;
    for (const part of partsOf(check.relation)) {
      const list = columnChecksOf.get(key(part)) ?? [];
      list.push(check);
      columnChecksOf.set(key(part), list);
    }
  }
  const proposals = new Map<TotalCheck, Crossing[]>();
  for (const rowCheck of failing) {
    if (rowCheck.relation.direction !== 'row') continue;
    const candidates = partsOf(rowCheck.relation).filter(
      (part) => !targets.has(key(part)) && columnChecksOf.get(key(part))?.length === 1,
    );
    if (candidates.length !== 1) continue;
    const [place] = candidates;
    const [columnCheck] = columnChecksOf.get(key(place)) ?? [];
    const correctionFen = rowCheck.stated.fen - rowCheck.trueSum;
    const list = proposals.get(columnCheck) ?? [];
    list.push({ place, correctionFen, rowCheck, columnCheck });
    proposals.set(columnCheck, list);
  }
  const crossings: Crossing[] = [];
  for (const [columnCheck, list] of proposals) {
    const explained = list.reduce((total, crossing) => total + crossing.correctionFen, 0);
    if (explained === columnCheck.stated.fen - columnCheck.trueSum) crossings.push(...list);
  }
  return crossings;
}
