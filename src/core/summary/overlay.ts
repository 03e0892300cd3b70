import { parseA1 } from '../model/address';
import type { Finding, RuleName } from '../model/finding';
import { UNITS, YUAN, type Unit } from '../model/unit';
import { parseDecimal } from '../money/decimal';
import { toFen } from '../money/fen';
import { formatFen } from '../money/format';
import type { CheckMeasure, CheckRow, CheckStatus } from './types';

/** `sheet!row` (1-based row), the key of the label map. */
export function rowKey(sheet: string, cell: string): string {
  return `${sheet}!${parseA1(cell).row + 1}`;
}

function statusOf(finding: Finding): CheckStatus {
  return finding.severity === 'error' ? 'mismatch' : 'rounding';
}

function unitOf(zh: string | null): CheckRow['unit'] {
  return Object.values(UNITS).find((unit) => unit.zh === zh) ?? null;
}

/** stated − recomputed, from the finding's decimal strings, exactly; '' when unreadable. */
function differenceOf(stated: string, recomputed: string, unit: Unit, decimals: number): string {
  const [left, right] = [stated, recomputed].map((text) => {
    const decimal = parseDecimal(text);
    return decimal && toFen(decimal, unit);
  });
  if (left === undefined || right === undefined) return '';
  return formatFen(left - right, unit, decimals);
}

/** A row with the figures and status a finding states (its expected and actual are not null). */
function fromFinding(
  finding: Finding,
  row: Pick<CheckRow, 'label' | 'measure' | 'ref'> & Partial<CheckRow>,
): CheckRow {
  const stated = finding.actual ?? '';
  const recomputed = finding.expected ?? '';
  const decimals = stated.split('.')[1]?.length ?? 0;
  const unit = row.unit !== undefined ? row.unit : unitOf(finding.unit);
  return {
    ...row,
    unit,
    decimals,
    stated,
    recomputed,
    difference: differenceOf(stated, recomputed, unit ?? YUAN, decimals),
    status: statusOf(finding),
  };
}

/** The rule that checks what a row recomputes. */
const RULE_OF: Readonly<Record<Exclude<CheckMeasure['kind'], 'rule'>, RuleName>> = {
  column: 'total-mismatch',
  perCapita: 'per-capita-mismatch',
  funding: 'funding-split-mismatch',
};

function ruleOf(measure: CheckMeasure): RuleName {
  return measure.kind === 'rule' ? measure.rule : RULE_OF[measure.kind];
}

/**
 * The checks with the findings laid over them: the rules are the authority, so a finding of the
 * rule that checks a row, on its cell, decides the row's status; a finding that recomputed a
 * figure no row covers (a budget against its disbursements) adds a row. Rows no rule reported
 * keep the status computed here.
 */
export function withFindings(
  checks: readonly CheckRow[],
  findings: readonly Finding[],
  labels: ReadonlyMap<string, string>,
): CheckRow[] {
  const key = (sheet: string, cell: string, rule: RuleName): string =>
    `${sheet}\u0000${cell}\u0000${rule}`;
  const recomputing = new Map<string, Finding>();
  for (const finding of findings) {
    if (finding.severity === 'info' || finding.expected === null || finding.actual === null)
      continue;
    const found = key(finding.sheet, finding.cell, finding.rule);
    if (!recomputing.has(found)) recomputing.set(found, finding);
  }
  const covered = new Set<string>();
  const rows = checks.map((check) => {
    const found = key(check.ref.sheet, check.ref.cell, ruleOf(check.measure));
    covered.add(found);
    const finding = recomputing.get(found);
    return finding ? fromFinding(finding, check) : check;
  });
  for (const [found, finding] of recomputing) {
    if (covered.has(found) || finding.expected === null || finding.actual === null) continue;
    rows.push(
      fromFinding(finding, {
        label: labels.get(rowKey(finding.sheet, finding.cell)) ?? '',
        measure: { kind: 'rule', rule: finding.rule },
        ref: { sheet: finding.sheet, cell: finding.cell },
      }),
    );
  }
  return rows;
}
