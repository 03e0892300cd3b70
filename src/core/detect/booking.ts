import type { MoneyCell } from './disbursement';
import type { TableModel } from './sheet';
import type { ProjectLedger } from './ledger';

/** A figure counted into a booking, with the sheet it stands on. */
export interface BookedPart extends MoneyCell {
  readonly sheet: TableModel;
}

/** What the disbursements book to a project's executed amount. */
export interface Booking {
  readonly fen: number;
  /** The cells added up. */
  readonly parts: readonly BookedPart[];
  /** True when funding was split and only the fiscal parts (区财政资金 …) were counted. */
  readonly fiscalOnly: boolean;
  /** The fiscal sources counted, by header, in order of first use. */
  readonly sources: readonly string[];
}

/**
 * The amount booked to a project. Where a line splits its funding, only the fiscal parts count:
 * the unit's own money (本级资金) is spent on the project but not out of its budget line. Where
 * a project has aggregate lines, those are the booking and a roster under them only details
 * them; a project with rosters alone books the rosters' amounts.
 */
export function bookingOf(project: ProjectLedger): Booking | undefined {
  const parts: BookedPart[] = [];
  const sources: string[] = [];
  let fiscalOnly = false;
  for (const line of project.lines) {
    if (line.sources.length) {
      fiscalOnly = true;
      for (const source of line.sources) {
        if (!source.fiscal) continue;
        parts.push({ ...source, sheet: line.sheet });
        if (!sources.includes(source.source)) sources.push(source.source);
      }
    } else if (line.amount) {
      parts.push({ ...line.amount, sheet: line.sheet });
    }
  }
  if (!project.lines.length) {
    for (const roster of project.rosters) {
      for (const entry of roster.entries)
        if (entry.amount) parts.push({ ...entry.amount, sheet: entry.sheet });
    }
  }
  if (!parts.length && !fiscalOnly) return undefined;
  let fen = 0;
  for (const part of parts) fen += part.amount.fen;
  return { fen, parts, fiscalOnly, sources };
}
