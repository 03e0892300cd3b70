import type { MoneyCell } from './disbursement';
import type { TableModel } from './sheet';
import type { ProjectLedger } from './ledger';

/** Figures counted into a booking from one sheet (referenced, not copied: a roster has 200 000). */
export interface BookedCells {
  readonly sheet: TableModel;
  readonly cells: readonly MoneyCell[];
}

/** What the disbursements book to a project's executed amount. */
export interface Booking {
  readonly fen: number;
  /** The cells added up, sheet by sheet in the order met. */
  readonly parts: readonly BookedCells[];
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
  const parts: { sheet: TableModel; cells: MoneyCell[] }[] = [];
  const add = (sheet: TableModel, cell: MoneyCell): void => {
    let last = parts[parts.length - 1];
    if (last?.sheet !== sheet) parts.push((last = { sheet, cells: [] }));
    last.cells.push(cell);
  };
  const sources: string[] = [];
  let fiscalOnly = false;
  for (const line of project.lines) {
    if (line.sources.length) {
      fiscalOnly = true;
      for (const source of line.sources) {
        if (!source.fiscal) continue;
        add(line.sheet, source);
        if (!sources.includes(source.source)) sources.push(source.source);
      }
    } else if (line.amount) {
      add(line.sheet, line.amount);
    }
  }
  if (!project.lines.length) {
    for (const roster of project.rosters) {
      for (const entry of roster.entries) if (entry.amount) add(entry.sheet, entry.amount);
    }
  }
  if (!parts.length && !fiscalOnly) return undefined;
  let fen = 0;
  for (const part of parts) for (const cell of part.cells) fen += cell.amount.fen;
  return { fen, parts, fiscalOnly, sources };
}
