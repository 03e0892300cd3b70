import type { Finding, Severity } from '../model/finding';
import type { Mark } from '../port/marks';
import { capCellText } from './cellLimit';
import { maskIds } from './privacy';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The note prefix that tells the product's notes apart from a user's. */
export const NOTE_PREFIX = '【对账】';

/**
 * One mark per cell that states a wrong figure: errors and warnings are highlighted, the most
 * severe finding choosing the colour, and every finding on the cell goes into its note.
 * Information findings (number stored as text, unit assumed) stay in the report only.
 */
export function marksOf(findings: readonly Finding[]): Mark[] {
  const byCell = new Map<
    string,
    { sheet: string; cell: string; severity: Severity; lines: string[] }
  >();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const key = `${finding.sheet}\u0000${finding.cell}`;
    const entry = byCell.get(key) ?? {
      sheet: finding.sheet,
      cell: finding.cell,
      severity: finding.severity,
      lines: [],
    };
    if (RANK[finding.severity] < RANK[entry.severity]) entry.severity = finding.severity;
    entry.lines.push(maskIds(finding.message));
    byCell.set(key, entry);
  }
  return [...byCell.values()].map(({ sheet, cell, severity, lines }) => ({
    sheet,
    cell,
    severity,
    note: capCellText(`${NOTE_PREFIX}${lines.join('\n')}`),
  }));
}
