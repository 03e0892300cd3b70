import { MARK_FILL, type FillSnapshot } from '../core/port/marks';

/** The fill properties the adapter loads for every cell it marks or restores. */
export const FILL_PROPERTIES = 'color,pattern,patternColor';

export interface LoadedFill {
  readonly pattern: string | null;
  readonly color: string | null;
  readonly patternColor: string | null;
}

/** Our own serialisation of a fill that is neither none nor solid, kept in `raw`. */
interface ExcelRawFill {
  readonly excel: { pattern: string; color: string; patternColor: string };
}

const hex = (color: string | null): string => (color ?? '').replace(/^#/, '').toUpperCase();

const MARK_COLOURS = new Set(Object.values(MARK_FILL));

/**
 * A cell's fill as the registry records it. office.js reports theme colours already resolved
 * to RGB, so a themed fill comes back as its RGB: the look is kept, the theme link is not.
 */
export function snapshotOf(fill: LoadedFill): FillSnapshot {
  if (!fill.pattern || fill.pattern === 'None') return { kind: 'none' };
  if (fill.pattern === 'Solid') return { kind: 'solid', color: hex(fill.color) };
  const raw: ExcelRawFill = {
    excel: {
      pattern: fill.pattern,
      color: fill.color ?? '#FFFFFF',
      patternColor: fill.patternColor ?? '#000000',
    },
  };
  return { kind: 'other', color: hex(fill.color), raw: JSON.stringify(raw) };
}

/** Whether the cell still shows one of our highlight colours (the user has not refilled it). */
export function isMarkFill(fill: LoadedFill): boolean {
  return fill.pattern === 'Solid' && MARK_COLOURS.has(hex(fill.color));
}

function parseRaw(raw: string | undefined): ExcelRawFill | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<ExcelRawFill>;
    return parsed.excel && typeof parsed.excel.pattern === 'string'
      ? (parsed as ExcelRawFill)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a recorded fill back. A pattern the other front end recorded in its own format is
 * restored as its solid colour when it gave one, else cleared: never left in our highlight.
 */
export function restoreFill(fill: Excel.RangeFill, snapshot: FillSnapshot): void {
  const ours = snapshot.kind === 'other' ? parseRaw(snapshot.raw) : undefined;
  if (ours) {
    fill.color = ours.excel.color;
    fill.pattern = ours.excel.pattern as Excel.FillPattern;
    fill.patternColor = ours.excel.patternColor;
  } else if (snapshot.kind !== 'none' && snapshot.color) {
    fill.color = `#${snapshot.color}`;
  } else {
    fill.clear();
  }
}
