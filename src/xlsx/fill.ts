import type ExcelJS from 'exceljs';
import type { FillSnapshot } from '../core/port/marks';

/** An ExcelJS fill as a snapshot both adapters understand (solid RGB), or raw JSON for the rest. */
export function snapshotFill(fill: ExcelJS.Fill | undefined): FillSnapshot {
  if (!fill || (fill.type === 'pattern' && fill.pattern === 'none')) return { kind: 'none' };
  if (fill.type === 'pattern' && fill.pattern === 'solid') {
    const argb = fill.fgColor?.argb;
    if (argb && /^[0-9A-Fa-f]{8}$/.test(argb) && !fill.fgColor?.theme)
      return { kind: 'solid', color: argb.slice(2).toUpperCase() };
  }
  return { kind: 'other', raw: JSON.stringify(fill) };
}

/** The ExcelJS fill a snapshot stands for; undefined means no fill. */
export function fillOfSnapshot(snapshot: FillSnapshot): ExcelJS.Fill | undefined {
  if (snapshot.kind === 'solid' && snapshot.color) return solidFill(snapshot.color);
  if (snapshot.kind === 'other' && snapshot.raw) return JSON.parse(snapshot.raw) as ExcelJS.Fill;
  return undefined;
}

export function solidFill(rgb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } };
}
