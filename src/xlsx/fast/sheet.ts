/**
 * One worksheet's XML to a SheetGrid, reading each `<c>` the way ExcelJS's cell xform and
 * value classes do (see docs/fast-reader.md for the list of quirks reproduced on purpose).
 */
import { shiftFormula } from '../../core/formula/shift';
import {
  isUnknownFigure,
  unknownFigure,
  type CellRange,
  type CellValue,
  type SheetGrid,
  type SheetVisibility,
} from '../../core/model/grid';
import type { SharedString } from './sharedStrings';
import type { StyleTable } from './styles';
import { GridBuilder } from './gridBuilder';
import { serialViaDate } from './numFmts';
import { addMerge, hyperlinkTarget, readHyperlinks, sheetDataEnd, T } from './sheetTail';
import { decodeOoxmlEscapes, decodeText, utf8, xmlDecodeAgain } from './text';
import { END, OPEN, TEXT, XmlCursor } from './xmlCursor';
import {
  CellBudget,
  checkColumn,
  checkRow,
  checkText,
  checkTokenBytes,
  grouped,
  READ_LIMITS,
  ReadLimitError,
} from './limits';

export interface SheetContext {
  readonly sharedStrings: readonly SharedString[];
  readonly styles: StyleTable;
  readonly date1904: boolean;
  /** The part's name for limit messages, and the workbook's cell budget. */
  readonly part?: string;
  readonly cells?: CellBudget;
  /** Cached formula results are placeholders (`fullCalcOnLoad`): every formula is evaluated. */
  readonly recalculate?: boolean;
}

const c_ = 0x63;
const f_ = 0x66;
const v_ = 0x76;
const t_ = 0x74;
const r_ = 0x72;
const s_ = 0x73;
const MINUS = 0x2d;
const ROW_R = new Uint8Array([r_]);
const LT = 0x3c;
const GT = 0x3e;
const CLOSE_V_C = new TextEncoder().encode('</v></c>');

function isRowTag(bytes: Uint8Array, at: number): boolean {
  return bytes[at + 1] === 0x6f && bytes[at + 2] === 0x77;
}

function followsCloseVC(bytes: Uint8Array, at: number): boolean {
  for (let k = 0; k < CLOSE_V_C.length; k++) if (bytes[at + k] !== CLOSE_V_C[k]) return false;
  return true;
}

/** No entity and no carriage return: the bytes are the text as saxes would report it. */
function isPlain(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === 0x26 || bytes[i] === 0x0d) return false;
  return true;
}

/** Where the text of a `<v>`/`<t>`/`<f>` goes (ExcelJS's `currentNode`). */
const NONE = 0;
const FORMULA = 1;
const VALUE = 2;

/** parseFloat over bytes, with an exact fast path for short integers. */
function parseNumber(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  if (end - i > 0 && end - i <= 15) {
    let n = 0;
    let k = i;
    for (; k < end; k++) {
      const d = bytes[k] - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === end) return negative ? -n : n;
  }
  return parseFloat(utf8(bytes, start, end));
}

function attrIs(cursor: XmlCursor, a: number, byte: number): boolean {
  return (
    cursor.attrNameEnd[a] - cursor.attrNameStart[a] === 1 &&
    cursor.bytes[cursor.attrNameStart[a]] === byte
  );
}

/** 0-based column of a cell reference's letters (ExcelJS ignores the row digits). */
function columnOf(bytes: Uint8Array, start: number, end: number, part: string): number {
  let col = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b >= 65 && b <= 90) col = col * 26 + b - 64;
    else if (b !== 0x24) break;
    // Checked as the letters come: `AAAAAAAAAAAAAAAA` must not overflow into a small number.
    if (col > READ_LIMITS.columns) checkColumn(part, col);
  }
  return col - 1;
}

export interface SheetParser {
  /** Feeds the next piece of the sheet's XML; `final` on the last one. */
  push(chunk: Uint8Array, final: boolean): void;
  /** True once a hyperlink with a target was seen: its cells need a second, informed pass. */
  readonly sawHyperlink: boolean;
  finish(name: string, visibility: SheetVisibility): SheetGrid;
}

/**
 * A worksheet parser fed chunk by chunk. `hyperlinks` are the addresses of hyperlinked cells
 * (known only from a first pass, since <hyperlinks> follows <sheetData>); `relationships` are
 * the sheet's own, to tell whether a <hyperlink> counts.
 */
export function createSheetParser(
  context: SheetContext,
  hyperlinks: ReadonlySet<string>,
  relationships: ReadonlyMap<string, string> | undefined,
): SheetParser {
  const checkHyperlinks = hyperlinks.size > 0;
  const { sharedStrings, styles, date1904 } = context;
  const part = context.part ?? 'the sheet';
  const cells = context.cells ?? new CellBudget();
  const recalculate = context.recalculate === true;
  const grid = new GridBuilder();
  const merges: CellRange[] = [];
  /** Shared-formula masters by `si`: their text and cell, to expand each child's formula. */
  const sharedMasters = new Map<string, { text: string; row: number; col: number }>();
  let bytes: Uint8Array = new Uint8Array(0);
  let cursor = new XmlCursor(bytes);
  let leftover: Uint8Array | undefined;
  let inMerges = false;
  /** Cells count only inside a <row>, as in ExcelJS's row xform. */
  let inRow = false;
  let inHyperlinks = false;
  let sawHyperlink = false;

  let rowIndex = -1;
  let previousCol = -1;
  let inCell = false;
  // Per-cell state, reset at each <c>.
  let cellRef: string | undefined;
  let hasRef = false;
  let col = -1;
  let styleId = 0;
  let typeText: string | undefined;
  let current = NONE;
  let hasFormulaText = false;
  let formulaParts: string[] = [];
  /** A `<v>` element was present (with `t="str"`, `<v/>` is a cached empty text). */
  let sawValue = false;
  let shareType: string | undefined;
  let formulaRef: string | undefined;
  let formulaSi: string | undefined;
  let textStart = -1;
  let textEnd = -1;
  let textJoined: string | undefined;
  let runDepth = 0;
  let runText: string | undefined;
  let inRunText = false;
  let runTextParts: string[] = [];
  let runs: (string | undefined)[] | undefined;

  const appendText = (): void => {
    if (textStart < 0) {
      textStart = cursor.textStart;
      textEnd = cursor.textEnd;
      return;
    }
    textJoined =
      (textJoined ?? decodeText(bytes, textStart, textEnd)) +
      decodeText(bytes, cursor.textStart, cursor.textEnd);
  };

  const cellText = (): string => textJoined ?? decodeText(bytes, textStart, textEnd);

  const finishCell = (): void => {
    const hyperlinked = checkHyperlinks && cellRef !== undefined && hyperlinks.has(cellRef);
    const styled = styleId > 0 && styleId < styles.count;
    const isDate = styled && styles.isDate[styleId];
    const hasText = textStart >= 0;
    let value: CellValue;
    let formulaText: string | undefined;
    if (hasFormulaText || shareType) {
      let result: CellValue | undefined;
      if (hasText) {
        const text = cellText();
        if (typeText === 'str') result = xmlDecodeAgain(text);
        else if (typeText === 'b') result = parseInt(text, 10) !== 0;
        else if (typeText === 'e') result = { error: text };
        else
          result =
            textJoined === undefined ? parseNumber(bytes, textStart, textEnd) : parseFloat(text);
      }
      // A date-formatted result becomes a Date in ExcelJS: always truthy, so kept even at 0.
      const asDate = result !== undefined && isDate;
      if (asDate) result = serialViaDate(result as number | string | boolean | object, date1904);
      let keyed = hasFormulaText;
      let formula = hasFormulaText ? formulaParts.join('') : undefined;
      if (col < 0) col = previousCol + 1;
      if (shareType === 'shared') {
        if (formulaRef) {
          if (hasRef)
            sharedMasters.set(String(formulaSi), { text: formula ?? '', row: rowIndex, col });
        } else {
          const master = sharedMasters.get(String(formulaSi));
          if (master) {
            keyed = true;
            formula = shiftFormula(master.text, rowIndex - master.row, col - master.col);
          }
        }
      }
      if (hyperlinked) value = typeof result === 'string' ? result : null;
      // Excel recalculates on open what the writer marked so: the core evaluates it too.
      else if (recalculate && keyed && formula) value = unknownFigure('no-result');
      // A cached 0 or FALSE is a result like any other (a total that comes to 0 is checked).
      else if (keyed && result !== undefined) value = result;
      // No result: no <v> (ExcelJS), or an empty one that is not a text (openpyxl writes
      // `<f>…</f><v/>`); Excel's cached empty text is `t="str"` with `<v/>`. The core evaluates it.
      else if (keyed && formula && !(sawValue && typeText === 'str'))
        value = unknownFigure('no-result');
      else value = null;
      if (keyed && formula && !hyperlinked) formulaText = formula;
    } else if (hasText || runs !== undefined) {
      if (typeText === 'inlineStr') {
        value = runs !== undefined ? runs.join('') : cellText();
      } else if (typeText === 's') {
        const index =
          textJoined === undefined
            ? parseNumber(bytes, textStart, textEnd)
            : parseInt(textJoined, 10);
        const shared = sharedStrings[index];
        if (shared === undefined) throw new Error(`Invalid workbook: no shared string ${index}`);
        value = shared;
      } else if (typeText === 'str') value = xmlDecodeAgain(cellText());
      else if (typeText === 'b') value = parseInt(cellText(), 10) !== 0;
      else if (typeText === 'e') value = { error: cellText() };
      else {
        const n =
          textJoined === undefined
            ? parseNumber(bytes, textStart, textEnd)
            : parseFloat(textJoined);
        // A number no double holds (`1e100000000`) is kept as typed, to be quoted back.
        value = !Number.isFinite(n) ? cellText() : isDate ? serialViaDate(n, date1904) : n;
      }
      if (hyperlinked && typeof value !== 'string') value = null;
    } else if (hyperlinked) {
      value = null;
    } else if (styleId) {
      // A styled empty cell: present in ExcelJS's row (it moves the r-less column count on and
      // replaces an earlier cell in the same column) but never listed.
      if (col < 0) col = previousCol + 1;
      if (col >= READ_LIMITS.columns) checkColumn(part, col + 1);
      cells.spend(part);
      previousCol = col;
      grid.clear(rowIndex, col);
      return;
    } else {
      return; // ExcelJS drops a cell with neither value nor style altogether.
    }
    if (col < 0) col = previousCol + 1;
    if (col >= READ_LIMITS.columns) checkColumn(part, col + 1);
    if (typeof value === 'string' && value.length > READ_LIMITS.textChars) {
      checkText(part, value.length);
    }
    cells.spend(part);
    previousCol = col;
    // A formula without result keeps its format too: its evaluated figure is shown in it.
    const figure = typeof value === 'number' || (value !== null && isUnknownFigure(value));
    const format = figure && styled ? styles.formats[styleId] : undefined;
    grid.set(rowIndex, col, value, format !== 'General' ? format : undefined);
    if (formulaText !== undefined) grid.setFormula(rowIndex, col, formulaText);
  };

  const consume = (): void => {
    for (let token = cursor.next(); token !== END; token = cursor.next()) {
      if (token === TEXT) {
        if (cursor.textEnd - cursor.textStart > READ_LIMITS.tokenBytes) {
          checkTokenBytes(part, cursor.textEnd - cursor.textStart);
        }
        if (runDepth > 0) {
          if (inRunText) runTextParts.push(decodeText(bytes, cursor.textStart, cursor.textEnd));
        } else if (current === VALUE) appendText();
        else if (current === FORMULA) {
          hasFormulaText = true;
          formulaParts.push(decodeText(bytes, cursor.textStart, cursor.textEnd));
        }
        continue;
      }
      const nameLength = cursor.nameEnd - cursor.nameStart;
      const first = bytes[cursor.nameStart];
      if (token === OPEN) {
        if (inCell) {
          if (runDepth > 0) {
            runDepth++;
            if (nameLength === 1 && first === t_) {
              inRunText = true;
              runTextParts = [];
            }
          } else if (nameLength === 1) {
            if (first === v_ || first === t_) {
              current = VALUE;
              if (first === v_) sawValue = true;
            } else if (first === f_) {
              current = FORMULA;
              shareType = formulaRef = formulaSi = undefined;
              const n = cursor.readAttributes();
              for (let a = 0; a < n; a++) {
                const length = cursor.attrNameEnd[a] - cursor.attrNameStart[a];
                const value = utf8(bytes, cursor.attrValueStart[a], cursor.attrValueEnd[a]);
                if (attrIs(cursor, a, t_)) shareType = value;
                else if (length === 3 && bytes[cursor.attrNameStart[a]] === r_) formulaRef = value;
                else if (length === 2 && bytes[cursor.attrNameStart[a]] === s_) formulaSi = value;
              }
            } else if (first === r_) {
              runDepth = 1;
              runText = undefined;
              inRunText = false;
            }
          }
        } else if (nameLength === 1 && first === c_ && inRow) {
          inCell = true;
          cellRef = undefined;
          hasRef = false;
          col = -1;
          styleId = 0;
          typeText = undefined;
          current = NONE;
          hasFormulaText = false;
          formulaParts = [];
          sawValue = false;
          shareType = formulaRef = formulaSi = undefined;
          textStart = textEnd = -1;
          textJoined = undefined;
          runDepth = 0;
          runs = undefined;
          const n = cursor.readAttributes();
          for (let a = 0; a < n; a++) {
            const vs = cursor.attrValueStart[a];
            const ve = cursor.attrValueEnd[a];
            if (attrIs(cursor, a, r_)) {
              if (ve > vs) {
                hasRef = true;
                col = columnOf(bytes, vs, ve, part);
                if (checkHyperlinks) cellRef = utf8(bytes, vs, ve);
              }
            } else if (attrIs(cursor, a, s_)) {
              if (ve > vs) styleId = parseNumber(bytes, vs, ve) || 0;
            } else if (attrIs(cursor, a, t_)) {
              if (ve > vs) typeText = ve - vs === 1 && bytes[vs] === s_ ? 's' : utf8(bytes, vs, ve);
            }
          }
          // Fast path for the usual body `<v>plain text</v></c>`: read in place, no more tokens.
          if (!cursor.selfClosing && typeText !== 'inlineStr') {
            const p = cursor.pos;
            if (bytes[p] === LT && bytes[p + 1] === v_ && bytes[p + 2] === GT) {
              const q = bytes.indexOf(LT, p + 3);
              if (q - p > READ_LIMITS.tokenBytes) checkTokenBytes(part, q - p);
              if (
                q > p + 3 &&
                q + CLOSE_V_C.length <= cursor.end &&
                followsCloseVC(bytes, q) &&
                isPlain(bytes, p + 3, q)
              ) {
                textStart = p + 3;
                textEnd = q;
                cursor.pos = q + CLOSE_V_C.length;
                inCell = false;
                finishCell();
                continue;
              }
            }
          }
        } else if (nameLength >= 9) {
          if (cursor.is(T.mergeCells)) inMerges = true;
          else if (cursor.is(T.hyperlinks)) inHyperlinks = true;
          else if (inMerges && cursor.is(T.mergeCell)) {
            if (merges.length >= READ_LIMITS.merges) {
              throw new ReadLimitError(
                `${part}: more than ${grouped(READ_LIMITS.merges)} merged ranges (the limit per sheet)`,
              );
            }
            addMerge(merges, cursor.attribute(T.ref));
            const merge = merges[merges.length - 1];
            if (merge !== undefined) {
              checkRow(part, merge.bottom + 1);
              // Each row a merge covers is work when merges are applied: it counts as a cell.
              cells.spend(part, merge.bottom - merge.top + 1);
            }
          } else if (inHyperlinks && cursor.is(T.hyperlink)) {
            if (hyperlinkTarget(cursor, relationships)) sawHyperlink = true;
          }
        } else if (nameLength === 3 && first === r_ && isRowTag(bytes, cursor.nameStart)) {
          inRow = true;
          // <row r="…">; a row without r follows the previous one (ExcelJS would drop it).
          const ra = cursor.findAttribute(ROW_R);
          const number =
            ra >= 0
              ? parseInt(utf8(bytes, cursor.attrValueStart[ra], cursor.attrValueEnd[ra]), 10)
              : NaN;
          rowIndex = Number.isFinite(number) ? number - 1 : rowIndex + 1;
          // Past Excel's last row the run stops, before a row number can cost memory or time.
          checkRow(part, rowIndex + 1);
          previousCol = -1;
          grid.startRow(rowIndex);
        }
      } else {
        // CLOSE
        if (!inCell) {
          if (nameLength === 3 && first === r_ && isRowTag(bytes, cursor.nameStart)) inRow = false;
          else if (nameLength >= 9) {
            if (cursor.is(T.mergeCells)) inMerges = false;
            else if (cursor.is(T.hyperlinks)) inHyperlinks = false;
          }
          continue;
        }
        if (runDepth > 0) {
          if (nameLength === 1 && first === t_ && inRunText) {
            inRunText = false;
            runText = decodeOoxmlEscapes(runTextParts.join(''));
          }
          runDepth--;
          if (runDepth === 0) (runs ??= []).push(runText);
          continue;
        }
        if (nameLength === 1 && first === c_) {
          inCell = false;
          finishCell();
        } else if (
          (nameLength === 1 && (first === f_ || first === v_ || first === t_)) ||
          (nameLength === 2 && first === 0x69 && bytes[cursor.nameStart + 1] === s_)
        ) {
          current = NONE;
        }
      }
    }
  };

  return {
    push(chunk: Uint8Array, final: boolean): void {
      if (leftover !== undefined && leftover.length > 0) {
        const joined = new Uint8Array(leftover.length + chunk.length);
        joined.set(leftover);
        joined.set(chunk, leftover.length);
        bytes = joined;
      } else bytes = chunk;
      // Tokens are complete up to the last '<': everything before it is read now.
      let limit = bytes.length;
      if (!final) {
        limit = bytes.lastIndexOf(LT);
        if (limit < 0) limit = 0;
      }
      cursor = new XmlCursor(bytes, 0, limit, !final);
      consume();
      // A cell's text read so far must outlive this chunk's bytes.
      if (inCell && textStart >= 0 && textJoined === undefined) {
        textJoined = decodeText(bytes, textStart, textEnd);
      }
      leftover = cursor.pos < bytes.length ? bytes.slice(cursor.pos) : undefined;
      // An unfinished token carried from chunk to chunk: bounded, or the copying never ends.
      if (leftover !== undefined) checkTokenBytes(part, leftover.length);
    },
    get sawHyperlink(): boolean {
      return sawHyperlink;
    },
    finish(name: string, visibility: SheetVisibility): SheetGrid {
      return grid.finish(name, visibility, merges);
    },
  };
}

/** Reads a whole sheet held in memory (tests, and the second pass for hyperlinked sheets). */
export function readSheetBytes(
  bytes: Uint8Array,
  name: string,
  visibility: SheetVisibility,
  context: SheetContext,
  relationships: ReadonlyMap<string, string> | undefined,
): SheetGrid {
  const dataEnd = sheetDataEnd(bytes);
  const hyperlinks = readHyperlinks(bytes, dataEnd < 0 ? 0 : dataEnd, relationships);
  const parser = createSheetParser(context, hyperlinks, relationships);
  parser.push(bytes, true);
  return parser.finish(name, visibility);
}
