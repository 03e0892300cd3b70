import { MARK_FILL, type FillSnapshot } from '../core/port/marks';

/** The fill properties the adapter loads for every cell it marks or restores. */
export const FILL_PROPERTIES = 'color,pattern,patternColor';

export interface LoadedFill {
  readonly pattern: string | null;
  readonly color: string | null;
  readonly patternColor: string | null;
}

/**
 * office.js pattern names and their OOXML (and ExcelJS) names. A non-solid fill is recorded in
 * the registry as an ExcelJS pattern fill, the form the xlsx adapter writes back verbatim, so a
 * patterned cell marked in Excel can be cleared by the command line and the other way round.
 */
const PATTERNS: Readonly<Record<string, string>> = {
  Gray50: 'mediumGray',
  Gray75: 'darkGray',
  Gray25: 'lightGray',
  Horizontal: 'darkHorizontal',
  Vertical: 'darkVertical',
  Down: 'darkDown',
  Up: 'darkUp',
  Checker: 'darkGrid',
  SemiGray75: 'darkTrellis',
  LightHorizontal: 'lightHorizontal',
  LightVertical: 'lightVertical',
  LightDown: 'lightDown',
  LightUp: 'lightUp',
  Grid: 'lightGrid',
  CrissCross: 'lightTrellis',
  Gray16: 'gray125',
  Gray8: 'gray0625',
};
const OFFICE_PATTERN = Object.fromEntries(Object.entries(PATTERNS).map(([k, v]) => [v, k]));

/** The ExcelJS pattern-fill shape (subset) used in `FillSnapshot.raw`. */
interface PatternFillJson {
  readonly type?: string;
  readonly pattern?: string;
  readonly fgColor?: { readonly argb?: string };
  readonly bgColor?: { readonly argb?: string };
}

const hex = (color: string | null | undefined): string =>
  (color ?? '').replace(/^#/, '').toUpperCase();
const argbToHash = (argb: string | undefined): string | undefined =>
  argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;

const MARK_COLOURS = new Set(Object.values(MARK_FILL));

/**
 * A cell's fill as the registry records it. office.js reports theme colours already resolved
 * to RGB, so a themed fill comes back as its RGB: the look is kept, the theme link is not.
 */
export function snapshotOf(fill: LoadedFill): FillSnapshot {
  if (!fill.pattern || fill.pattern === 'None') return { kind: 'none' };
  if (fill.pattern === 'Solid') return { kind: 'solid', color: hex(fill.color) };
  // OOXML pattern fills: fgColor draws the pattern, bgColor is the cell behind it.
  const raw: PatternFillJson = {
    type: 'pattern',
    pattern: PATTERNS[fill.pattern] ?? 'mediumGray',
    fgColor: { argb: `FF${hex(fill.patternColor ?? '#000000')}` },
    bgColor: { argb: `FF${hex(fill.color ?? '#FFFFFF')}` },
  };
  return { kind: 'other', raw: JSON.stringify(raw) };
}

/** Whether the cell still shows one of our highlight colours (the user has not refilled it). */
export function isMarkFill(fill: LoadedFill): boolean {
  return fill.pattern === 'Solid' && MARK_COLOURS.has(hex(fill.color));
}

function parseRaw(raw: string | undefined): PatternFillJson | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as PatternFillJson | null;
    return parsed && parsed.type === 'pattern' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a recorded fill back. What office.js cannot set (gradients, theme-indexed colours the
 * xlsx adapter recorded) falls back to no fill: never left in our highlight colour.
 */
export function restoreFill(fill: Excel.RangeFill, snapshot: FillSnapshot): void {
  if (snapshot.kind === 'solid' && snapshot.color) {
    fill.color = `#${snapshot.color}`;
    return;
  }
  const pattern = snapshot.kind === 'other' ? parseRaw(snapshot.raw) : undefined;
  const solidColor = argbToHash(pattern?.fgColor?.argb);
  if (pattern?.pattern === 'solid' && solidColor) {
    fill.color = solidColor;
    return;
  }
  const office = pattern?.pattern ? OFFICE_PATTERN[pattern.pattern] : undefined;
  if (office) {
    fill.color = argbToHash(pattern?.bgColor?.argb) ?? '#FFFFFF';
    fill.pattern = office as Excel.FillPattern;
    fill.patternColor = argbToHash(pattern?.fgColor?.argb) ?? '#000000';
    return;
  }
  fill.clear();
}
