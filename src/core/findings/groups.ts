import type { Finding, Severity } from '../model/finding';
import { parseDecimal, type Decimal } from '../money/decimal';

/**
 * Findings as the pane and the web page list them: by severity, then sheet (workbook order),
 * then rule; and a systematic error — the same difference on many rows of one rule and sheet,
 * such as a standard changed after 1 500 roster rows were filled — as one group of its own.
 */
export interface FindingGroup {
  readonly key: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly rule: string;
  readonly findings: readonly Finding[];
  /** Set when every finding of the group has this same difference (expected − stated). */
  readonly systematic?: { readonly difference: string; readonly unit: string | null };
}

/** Rows sharing one difference from this many on are shown as one systematic group. */
export const SYSTEMATIC_MIN = 5;
/** At most this many systematic groups per rule and sheet (the largest): the list stays short. */
export const SYSTEMATIC_MAX_GROUPS = 10;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const asBigInt = (decimal: Decimal, scale: number): bigint =>
  BigInt(decimal.digits) * 10n ** BigInt(scale - decimal.scale) * (decimal.negative ? -1n : 1n);

/** expected − actual exactly, as a decimal string; undefined when either is not a number. */
export function differenceOf(finding: Finding): string | undefined {
  const expected = finding.expected === null ? undefined : parseDecimal(finding.expected);
  const actual = finding.actual === null ? undefined : parseDecimal(finding.actual);
  if (!expected || !actual) return undefined;
  const scale = Math.max(expected.scale, actual.scale);
  const value = asBigInt(expected, scale) - asBigInt(actual, scale);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

function splitSystematic(base: Omit<FindingGroup, 'findings' | 'key'>, findings: Finding[]) {
  const byDifference = new Map<string, Finding[]>();
  for (const finding of findings) {
    const difference = differenceOf(finding);
    if (difference === undefined) continue;
    const same = byDifference.get(difference) ?? [];
    same.push(finding);
    byDifference.set(difference, same);
  }
  const groups: FindingGroup[] = [];
  const systematic = new Set<Finding>();
  const largest = [...byDifference]
    .filter(([, same]) => same.length >= SYSTEMATIC_MIN)
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, SYSTEMATIC_MAX_GROUPS);
  for (const [difference, same] of largest) {
    same.forEach((finding) => systematic.add(finding));
    const key = `${base.severity}|${base.sheet}|${base.rule}|${difference}`;
    groups.push({ ...base, key, findings: same, systematic: { difference, unit: same[0].unit } });
  }
  const rest = findings.filter((finding) => !systematic.has(finding));
  const key = `${base.severity}|${base.sheet}|${base.rule}`;
  return rest.length > 0 ? [{ ...base, key, findings: rest }, ...groups] : groups;
}

export function groupFindings(
  findings: readonly Finding[],
  sheetOrder: readonly string[],
): FindingGroup[] {
  const buckets = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.severity}\u0000${finding.sheet}\u0000${finding.rule}`;
    const bucket = buckets.get(key) ?? [];
    bucket.push(finding);
    buckets.set(key, bucket);
  }
  const rank = (sheet: string) => {
    const at = sheetOrder.indexOf(sheet);
    return at < 0 ? sheetOrder.length : at;
  };
  return [...buckets.values()]
    .map((bucket) => ({ first: bucket[0], bucket }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.first.severity) - SEVERITIES.indexOf(b.first.severity) ||
        rank(a.first.sheet) - rank(b.first.sheet) ||
        a.first.rule.localeCompare(b.first.rule),
    )
    .flatMap(({ first, bucket }) =>
      splitSystematic({ severity: first.severity, sheet: first.sheet, rule: first.rule }, bucket),
    );
}
