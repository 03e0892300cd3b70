import {
  rosterEntries,
  sheetTitles,
  type DisbursementLine,
  type RosterEntry,
} from './disbursement';
import { groupKey, mentionedKey, projectKey } from './projects';
import type { TableModel } from './sheet';

/** The recipients of one project and group, and the aggregate line they are tied to, if any. */
export interface RosterGroup {
  readonly projectKey: string | undefined;
  readonly project: string | undefined;
  readonly groupKey: string;
  readonly entries: readonly RosterEntry[];
  readonly line: DisbursementLine | undefined;
}

/**
 * The aggregate line a roster group details: same project, and the same group — exactly, else
 * the one line whose group contains the roster's or is contained in it (困难职工 / 困难职工家庭).
 * A roster that names no group ties to its project's line only when there is just one.
 */
function tiedLine(
  group: { readonly pKey: string | undefined; readonly gKey: string },
  lines: readonly DisbursementLine[],
): DisbursementLine | undefined {
  if (!group.pKey) return undefined;
  const candidates = lines.filter((line) => line.projectKey === group.pKey);
  if (!group.gKey) return candidates.length === 1 ? candidates[0] : undefined;
  const exact = candidates.find((line) => line.groupKey === group.gKey);
  if (exact) return exact;
  const near = candidates.filter(
    (line) =>
      line.groupKey && (line.groupKey.includes(group.gKey) || group.gKey.includes(line.groupKey)),
  );
  return near.length === 1 ? near[0] : undefined;
}

interface PendingGroup {
  readonly entries: RosterEntry[];
  readonly project: string | undefined;
  readonly pKey: string | undefined;
  readonly gKey: string;
}

/** Groups a roster sheet's entries by project and group, naming them from the title if need be. */
export function rosterGroupsOf(
  sheet: TableModel,
  knownProjects: ReadonlySet<string>,
  lines: readonly DisbursementLine[],
): RosterGroup[] {
  const entries = rosterEntries(sheet);
  if (!entries.length) return [];
  const titles = sheetTitles(sheet);
  const titledProject = mentionedKey(titles, knownProjects);
  const groups = new Map<string, PendingGroup>();
  // Per distinct project text, not per entry: a 200 000-row roster names a handful of projects.
  const placement = new Map<string, { pKey?: string; titledGroup: string; first?: string }>();
  for (const entry of entries) {
    let place = placement.get(entry.project ?? '');
    if (!place) {
      const pKey = entry.project ? projectKey(entry.project) : titledProject;
      const projectLines = lines.filter((line) => line.projectKey === pKey);
      const titledGroup =
        mentionedKey(
          titles,
          projectLines.map((line) => line.groupKey),
        ) ?? '';
      const first = entry.project ?? projectLines[0]?.project ?? pKey;
      place = { titledGroup, ...(pKey ? { pKey } : {}), ...(first ? { first } : {}) };
      placement.set(entry.project ?? '', place);
    }
    const gKey = entry.group ? groupKey(entry.group) : place.titledGroup;
    const key = `${place.pKey ?? ''}\u0000${gKey}`;
    let group = groups.get(key);
    if (!group) {
      group = { entries: [], gKey, project: place.first, pKey: place.pKey };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()].map((group) => {
    const line = tiedLine(group, lines);
    return {
      projectKey: group.pKey,
      project: group.project,
      groupKey: group.gKey,
      entries: group.entries,
      line,
    };
  });
}
