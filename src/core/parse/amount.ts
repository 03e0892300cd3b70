import { decimalOfNumber, type Decimal } from '../money/decimal';
import { toFen, type Amount } from '../money/fen';
import {
  isCellError,
  isUnknownFigure,
  type CellValue,
  type UnknownFigure,
  type UnknownReason,
} from '../model/grid';
import type { Unit } from '../model/unit';
import { isPercentFormat, shownDecimalsOfFormat } from './numFmt';
import { parseNumberText } from './number';

/**
 * A formula's figure that is not known (no cached result, and not plain arithmetic the core
 * could evaluate): never zero, never blank. A total over it is not judged, as over an
 * unreadable figure, but it is not a not-a-number: formula-not-evaluated reports it.
 */
export interface UnknownRead {
  readonly kind: 'unknown';
  readonly reason: UnknownReason;
  readonly function?: string;
}

export type AmountRead =
  | { readonly kind: 'blank' }
  | (Amount & { readonly kind: 'amount'; readonly fromText: boolean })
  | { readonly kind: 'invalid'; readonly shown: string }
  | UnknownRead;

export const BLANK: AmountRead = { kind: 'blank' };

function unknownRead(cell: UnknownFigure): UnknownRead {
  return {
    kind: 'unknown',
    reason: cell.unknown,
    ...(cell.function ? { function: cell.function } : {}),
  };
}

/**
 * True when a figure is there but cannot be counted (unreadable or unknown): a sum over it would
 * be a guess, so the total it belongs to is not judged.
 */
export function isUncountable(read: AmountRead | CountRead): boolean {
  return read.kind === 'invalid' || read.kind === 'unknown';
}

/**
 * A figure in integer fen; one beyond what integer fen holds exactly (about 9 × 10^13 元) is
 * invalid and quoted as `typed`, never as its expanded digits.
 */
function amountOf(
  decimal: Decimal,
  shownDecimals: number,
  unit: Unit,
  fromText: boolean,
  typed: string,
): AmountRead {
  const fen = toFen(decimal, unit);
  if (fen === undefined) return { kind: 'invalid', shown: typed };
  return { kind: 'amount', fen, shownDecimals, unit, fromText };
}

/** A number as Excel's General format shows it: 15 digits, scientific from 10^15 up (1E+20). */
function generalText(value: number): string {
  if (Math.abs(value) < 1e15) return String(value);
  return value.toExponential().toUpperCase();
}

/**
 * A money figure from one cell, in integer fen. `columnUnit` is the unit of the column (from its
 * header or the sheet's unit line); a text with its own unit (`15万元`) uses that one instead.
 * Shown decimals come from the number format of a numeric cell, from the digits of a text.
 */
export function readAmount(
  cell: CellValue,
  numFmt: string | undefined,
  columnUnit: Unit,
): AmountRead {
  if (cell === null) return BLANK;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { kind: 'invalid', shown: String(cell) };
    if (isPercentFormat(numFmt)) return { kind: 'invalid', shown: String(cell) };
    if (Number.isInteger(cell) && Math.abs(cell) < 1e15) {
      // A whole number times a power of ten is exact in a double while it stays a safe integer:
      // the common case, without the decimal string (a roster has 200 000 of them).
      const fen = cell === 0 ? 0 : cell * 10 ** columnUnit.fenExponent;
      if (Number.isSafeInteger(fen)) {
        const shownDecimals = shownDecimalsOfFormat(numFmt) ?? 0;
        return { kind: 'amount', fen, shownDecimals, unit: columnUnit, fromText: false };
      }
    }
    const typed = generalText(cell);
    if (Math.abs(cell) >= 1e15) return { kind: 'invalid', shown: typed };
    const decimal = decimalOfNumber(cell);
    const shown = shownDecimalsOfFormat(numFmt) ?? decimal.scale;
    return amountOf(decimal, shown, columnUnit, false, typed);
  }
  if (typeof cell === 'string') {
    const parsed = parseNumberText(cell);
    if (parsed.kind === 'blank') return BLANK;
    if (parsed.kind === 'invalid' || parsed.percent) return { kind: 'invalid', shown: cell };
    return amountOf(parsed.decimal, parsed.decimal.scale, parsed.unit ?? columnUnit, true, cell);
  }
  if (isUnknownFigure(cell)) return unknownRead(cell);
  if (isCellError(cell)) return { kind: 'invalid', shown: cell.error };
  return { kind: 'invalid', shown: String(cell) };
}

/** A count (人数): a whole number, from a numeric cell or a text such as `568` or `５６８人`. */
export type CountRead =
  | { readonly kind: 'blank' }
  | { readonly kind: 'count'; readonly count: number; readonly fromText: boolean }
  | { readonly kind: 'invalid'; readonly shown: string }
  | UnknownRead;

export function readCount(cell: CellValue): CountRead {
  if (cell === null) return { kind: 'blank' };
  if (typeof cell === 'number') {
    return Number.isSafeInteger(cell)
      ? { kind: 'count', count: cell, fromText: false }
      : { kind: 'invalid', shown: String(cell) };
  }
  if (typeof cell === 'string') {
    const parsed = parseNumberText(cell.replace(/[人户名次个]$/, ''));
    if (parsed.kind === 'blank') return { kind: 'blank' };
    if (parsed.kind === 'number' && parsed.decimal.scale === 0 && !parsed.unit && !parsed.percent) {
      const count = Number(parsed.decimal.digits) * (parsed.decimal.negative ? -1 : 1);
      if (Number.isSafeInteger(count)) return { kind: 'count', count, fromText: true };
    }
    return { kind: 'invalid', shown: cell };
  }
  if (isUnknownFigure(cell)) return unknownRead(cell);
  if (isCellError(cell)) return { kind: 'invalid', shown: cell.error };
  return { kind: 'invalid', shown: String(cell) };
}
