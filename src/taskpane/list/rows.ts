import type { FindingGroup } from '../../core/findings/groups';
import type { Finding, Severity } from '../../core/model/finding';

/**
 * The findings list as one flat run of tree rows — severity, group (a rule on a sheet, or one
 * systematic difference), finding — so that only the rows in view need to be in the page. Each
 * row carries its place in the tree (level, position among its siblings), which a flat,
 * virtualised tree must state itself (aria-level, aria-setsize, aria-posinset).
 */
interface TreePlace {
  readonly key: string;
  /** 1 = severity, 2 = group, 3 = finding. */
  readonly level: 1 | 2 | 3;
  readonly setSize: number;
  /** 1-based. */
  readonly position: number;
}

export interface SeverityRow extends TreePlace {
  readonly kind: 'severity';
  readonly severity: Severity;
  readonly count: number;
  readonly expanded: boolean;
}

export interface GroupRow extends TreePlace {
  readonly kind: 'group';
  readonly group: FindingGroup;
  readonly expanded: boolean;
}

export interface FindingRow extends TreePlace {
  readonly kind: 'finding';
  readonly finding: Finding;
}

export type ListRow = SeverityRow | GroupRow | FindingRow;

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Groups up to this size open expanded; larger ones (and systematic ones) start collapsed. */
export const OPEN_UP_TO = 20;

/** Whether a severity or group starts open: the user's own choice, once made, wins. */
export type Openness = ReadonlyMap<string, boolean>;

export const severityKey = (severity: Severity): string => `severity|${severity}`;

export function openByDefault(group: FindingGroup): boolean {
  return !group.systematic && group.findings.length <= OPEN_UP_TO;
}

/** The rows to show, in order: collapsed severities and groups hide what is under them. */
export function flattenRows(groups: readonly FindingGroup[], open: Openness): ListRow[] {
  const rows: ListRow[] = [];
  const present = SEVERITIES.filter((severity) => groups.some((g) => g.severity === severity));
  present.forEach((severity, s) => {
    const ofSeverity = groups.filter((group) => group.severity === severity);
    const key = severityKey(severity);
    const expanded = open.get(key) ?? true;
    const count = ofSeverity.reduce((total, group) => total + group.findings.length, 0);
    rows.push({
      kind: 'severity',
      key,
      level: 1,
      setSize: present.length,
      position: s + 1,
      severity,
      count,
      expanded,
    });
    if (!expanded) return;
    ofSeverity.forEach((group, g) => {
      const groupOpen = open.get(group.key) ?? openByDefault(group);
      rows.push({
        kind: 'group',
        key: group.key,
        level: 2,
        setSize: ofSeverity.length,
        position: g + 1,
        group,
        expanded: groupOpen,
      });
      if (!groupOpen) return;
      const size = group.findings.length;
      group.findings.forEach((finding, f) =>
        rows.push({
          kind: 'finding',
          key: `${group.key}#${f}`,
          level: 3,
          setSize: size,
          position: f + 1,
          finding,
        }),
      );
    });
  });
  return rows;
}

/** The nearest row above `index` one level up: where ArrowLeft goes from a child. */
export function parentIndex(rows: readonly ListRow[], index: number): number {
  const level = rows[index]?.level ?? 1;
  for (let i = index - 1; i >= 0; i--) if (rows[i].level < level) return i;
  return index;
}
