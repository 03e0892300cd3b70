/**
 * Cell styles reduced to what the grid needs: per `cellXfs` index, the number format ExcelJS
 * would report as `cell.numFmt`, and whether ExcelJS would read a number in it as a Date.
 */
import { CLOSE, END, OPEN, XmlCursor, names } from './xmlCursor';
import { builtInNumFmt, isDateFormat } from './numFmts';

export interface StyleTable {
  /** `formats[s]`: the number format of style index s, or undefined (none / General id 0). */
  readonly formats: ReadonlyArray<string | undefined>;
  readonly isDate: readonly boolean[];
  /** Number of `<xf>` entries in `cellXfs`: a larger style index has no style. */
  readonly count: number;
}

export const NO_STYLES: StyleTable = { formats: [], isDate: [], count: 0 };

const N = names('numFmts', 'numFmt', 'cellXfs', 'xf', 'numFmtId', 'formatCode');

/** Parses xl/styles.xml. */
export function readStyles(bytes: Uint8Array): StyleTable {
  const cursor = new XmlCursor(bytes);
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === OPEN) {
      if (cursor.is(N.numFmts)) inNumFmts = true;
      else if (cursor.is(N.cellXfs)) inCellXfs = true;
      else if (inNumFmts && cursor.is(N.numFmt)) {
        const id = parseInt(cursor.attribute(N.numFmtId) ?? '', 10);
        const code = (cursor.attribute(N.formatCode) ?? '').replace(/[\\](.)/g, '$1');
        custom.set(id, code);
      } else if (inCellXfs && cursor.is(N.xf)) {
        xfFormatIds.push(parseInt(cursor.attribute(N.numFmtId) ?? '', 10));
      }
    } else if (token === CLOSE) {
      if (cursor.is(N.numFmts)) inNumFmts = false;
      else if (cursor.is(N.cellXfs)) inCellXfs = false;
    }
  }
  const formats: (string | undefined)[] = [];
  const isDate: boolean[] = [];
  for (const id of xfFormatIds) {
    // ExcelJS: `if (style.numFmtId)` skips 0 and NaN; a custom code wins over the built-in one.
    const format = id ? custom.get(id) || builtInNumFmt(id) || undefined : undefined;
    formats.push(format);
    isDate.push(isDateFormat(format));
  }
  return { formats, isDate, count: xfFormatIds.length };
}
