import { SyncBatcher } from './batcher';
import { FILL_PROPERTIES, type LoadedFill } from './fills';
import type { ExcelCapabilities } from './host';

/** A cell the adapter is about to mark or restore, as it stands now. */
export interface CellState {
  readonly range: Excel.Range;
  readonly fill: LoadedFill;
  /** The note's proxy when the cell has one (reused to rewrite or delete it), else null. */
  readonly note: Excel.Note | null;
  readonly noteText: string | null;
}

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export const cellKeyOf = (ref: CellRef): string => `${ref.sheet}\u0000${ref.cell}`;

/** Loading one cell's fill and note: a few actions out, a note's text back. */
const CELL_LOAD_BYTES = 1024;

/** One worksheet proxy per name for the whole request context, not one per cell. */
export class Worksheets {
  private readonly byName = new Map<string, Excel.Worksheet>();
  constructor(private readonly context: Excel.RequestContext) {}
  get(name: string): Excel.Worksheet {
    let sheet = this.byName.get(name);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.byName.set(name, sheet);
    }
    return sheet;
  }
}

/**
 * Fill and note of each cell, loaded together in as few syncs as the payload budget allows:
 * the registry needs them before marking (to restore later) and before restoring (to leave
 * alone what the user has changed since).
 */
export async function loadCellStates(
  context: Excel.RequestContext,
  worksheets: Worksheets,
  cells: readonly CellRef[],
  capabilities: ExcelCapabilities,
  budget: number,
): Promise<Map<string, CellState>> {
  const states = new Map<string, CellState>();
  const batcher = new SyncBatcher(context, budget);
  const queued = new Set<string>();
  for (const ref of cells) {
    const key = cellKeyOf(ref);
    if (queued.has(key)) continue;
    queued.add(key);
    await batcher.queue(CELL_LOAD_BYTES, () => {
      const sheet = worksheets.get(ref.sheet);
      const range = sheet.getRange(ref.cell);
      const fill = range.format.fill.load(FILL_PROPERTIES);
      const note = capabilities.notes
        ? sheet.notes.getItemOrNullObject(ref.cell).load('content')
        : null;
      return () => {
        const present = note !== null && !note.isNullObject;
        states.set(key, {
          range,
          fill: { pattern: fill.pattern, color: fill.color, patternColor: fill.patternColor },
          note: present ? note : null,
          noteText: present ? note.content : null,
        });
      };
    });
  }
  await batcher.flush();
  return states;
}
