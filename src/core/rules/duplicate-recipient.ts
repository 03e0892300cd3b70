import type { RosterEntry } from '../detect/disbursement';
import { displayName } from '../detect/projects';
import { ledgerOf, type RosterGroup } from '../detect/ledger';
import { maskId } from '../findings/privacy';
import { toA1 } from '../model/address';
import type { Language } from '../model/finding';
import { residentIdKey } from '../parse/residentId';
import { normaliseLabel } from '../parse/text';
import { refFrom } from './refs';
import { defineRule } from './rule';

/** Who was paid first under each person's key: by ID where the row has one, else by name. */
class FirstPaid {
  private readonly byId = new Map<string, RosterEntry>();
  private readonly byName = new Map<string, RosterEntry>();

  /** The entry paid before under the same key; undefined (and remembered) when this is the first. */
  earlier(entry: RosterEntry): RosterEntry | undefined {
    if (entry.id) return this.firstOf(this.byId, residentIdKey(entry.id), entry);
    if (entry.name) return this.firstOf(this.byName, normaliseLabel(entry.name), entry);
    return undefined;
  }

  private firstOf(
    paid: Map<string, RosterEntry>,
    key: string,
    entry: RosterEntry,
  ): RosterEntry | undefined {
    const first = paid.get(key);
    if (!first) paid.set(key, entry);
    return first;
  }
}

/** Rosters by project; a roster whose project is not known is a project of its own sheet. */
function byProject(rosters: readonly RosterGroup[]): Map<string, RosterGroup[]> {
  const projects = new Map<string, RosterGroup[]>();
  for (const roster of rosters) {
    const key = roster.projectKey ?? `sheet\u0000${roster.entries[0].sheet.name}`;
    const list = projects.get(key) ?? [];
    list.push(roster);
    projects.set(key, list);
  }
  return projects;
}

function rowText(entry: RosterEntry, other: RosterEntry, language: Language): string {
  const row = other.row + 1;
  if (entry.sheet === other.sheet) return language === 'zh-CN' ? `第 ${row} 行` : `row ${row}`;
  return language === 'zh-CN'
    ? `「${other.sheet.name}」第 ${row} 行`
    : `row ${row} of "${other.sheet.name}"`;
}

function cellOf(entry: RosterEntry): string {
  return toA1(entry.row, entry.idCol ?? entry.nameCol ?? 0);
}

export default defineRule<'sameId' | 'sameName'>({
  meta: {
    name: 'duplicate-recipient',
    severity: 'error',
    description: 'One person (by ID, else by name) was paid more than once in one project.',
    messages: {
      'zh-CN': {
        sameId:
          '身份证号 {id} 在「{project}」中重复发放：{first}已发放，第 {row} 行再次发放，请核实。',
        sameName:
          '姓名相同（{first}与第 {row} 行），均未填身份证号，请核实「{project}」中是否重复发放。',
      },
      'en-US': {
        sameId:
          'ID {id} is paid twice in "{project}": already paid on {first}, again on row {row}; please check.',
        sameName:
          'Same name on {first} and row {row}, with no ID on either; please check whether "{project}" paid this person twice.',
      },
    },
  },
  check(context) {
    const { language } = context.options;
    for (const rosters of byProject(ledgerOf(context.workbook).rosters).values()) {
      const firstPaid = new FirstPaid();
      for (const roster of rosters) {
        for (const entry of roster.entries) {
          const first = firstPaid.earlier(entry);
          if (!first) continue;
          context.report({
            messageId: entry.id ? 'sameId' : 'sameName',
            sheet: entry.sheet,
            cell: cellOf(entry),
            related: [refFrom(entry.sheet, first.sheet, cellOf(first))],
            expected: null,
            actual: entry.id ? maskId(entry.id) : null,
            unit: null,
            data: {
              id: entry.id ? maskId(entry.id) : '',
              project: roster.project ? displayName(roster.project) : entry.sheet.name,
              first: rowText(entry, first, language),
              row: entry.row + 1,
            },
          });
        }
      }
    }
  },
});
