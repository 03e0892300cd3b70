import type { DisbursementLine } from '../detect/disbursement';
import { ledgerOf, type RosterGroup } from '../detect/ledger';
import { columnRuns, toA1 } from '../model/address';
import { sheetRef } from './refs';
import { lineLabel } from './labels';
import { defineRule } from './rule';

/** The rosters tied to each aggregate line (a group may be listed on more than one sheet). */
function rostersByLine(rosters: readonly RosterGroup[]): Map<DisbursementLine, RosterGroup[]> {
  const byLine = new Map<DisbursementLine, RosterGroup[]>();
  for (const roster of rosters) {
    if (!roster.line) continue;
    const list = byLine.get(roster.line) ?? [];
    list.push(roster);
    byLine.set(roster.line, list);
  }
  return byLine;
}

/** Where the recipients are listed: the rows of each roster sheet, first column of the table. */
function rosterRanges(rosters: readonly RosterGroup[]): string[] {
  const ranges: string[] = [];
  for (const roster of rosters) {
    const first = roster.entries[0];
    const col = first.idCol ?? first.nameCol ?? first.amount?.col ?? 0;
    const runs = columnRuns(
      col,
      roster.entries.map((entry) => entry.row),
    );
    for (const run of runs) ranges.push(sheetRef(first.sheet, run));
  }
  return ranges;
}

export default defineRule<'headcount'>({
  meta: {
    name: 'headcount-mismatch',
    severity: 'error',
    description: 'A stated headcount differs from the number of recipients the roster lists.',
    messages: {
      'zh-CN': {
        headcount:
          '「{label}」人数列示 {actual} 人，但发放名单（{sheets}）列有 {expected} 人，相差 {difference} 人。',
      },
      'en-US': {
        headcount:
          '"{label}" states a headcount of {actual}, but the roster ({sheets}) lists {expected} recipients: a difference of {difference}.',
      },
    },
  },
  check(context) {
    for (const [line, rosters] of rostersByLine(ledgerOf(context.workbook).rosters)) {
      if (!line.headcount) continue;
      let listed = 0;
      for (const roster of rosters) listed += roster.entries.length;
      if (listed === line.headcount.count) continue;
      const sheets = [...new Set(rosters.map((roster) => roster.entries[0].sheet.name))];
      context.report({
        messageId: 'headcount',
        sheet: line.sheet,
        cell: toA1(line.row, line.headcount.col),
        related: rosterRanges(rosters),
        expected: String(listed),
        actual: String(line.headcount.count),
        unit: null,
        data: {
          label: lineLabel(line),
          sheets: sheets.join(context.options.language === 'zh-CN' ? '、' : ', '),
          difference: String(line.headcount.count - listed),
        },
      });
    }
  },
});
