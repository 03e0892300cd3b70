/**
 * xl/sharedStrings.xml as an array of plain strings, each decoded once and shared by every cell
 * that points at it. Rich-text runs are joined; phonetic runs (`<rPh>`) are ignored.
 * `null` stands for an `<si>` with neither text nor runs (ExcelJS reads it as an empty object,
 * which the grid shows as an empty cell).
 */
import { CLOSE, END, OPEN, TEXT, XmlCursor, names } from './xmlCursor';
import { decodeOoxmlEscapes, decodeText } from './text';
import { checkText, checkTokenBytes, grouped, READ_LIMITS, ReadLimitError } from './limits';

const PART = 'xl/sharedStrings.xml';

export type SharedString = string | null;

const N = names('si', 't', 'r', 'rPh');

export function readSharedStrings(bytes: Uint8Array): SharedString[] {
  const cursor = new XmlCursor(bytes);
  const strings: SharedString[] = [];
  let inItem = false;
  let phoneticDepth = 0;
  let inRun = false;
  let inText = false;
  let textParts: string[] = [];
  let plain: string | undefined;
  let runs: (string | undefined)[] | undefined;
  let runText: string | undefined;
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === TEXT) {
      checkTokenBytes(PART, cursor.textEnd - cursor.textStart);
      if (inText) textParts.push(decodeText(bytes, cursor.textStart, cursor.textEnd));
    } else if (token === OPEN) {
      if (cursor.is(N.si)) {
        inItem = true;
        plain = undefined;
        runs = undefined;
      } else if (!inItem) continue;
      else if (phoneticDepth > 0 || cursor.is(N.rPh)) phoneticDepth++;
      else if (cursor.is(N.r) && !inRun) {
        inRun = true;
        runText = undefined;
      } else if (cursor.is(N.t)) {
        inText = true;
        textParts = [];
      }
    } else if (token === CLOSE) {
      if (!inItem) continue;
      if (phoneticDepth > 0) {
        phoneticDepth--;
      } else if (cursor.is(N.t) && inText) {
        inText = false;
        const text = decodeOoxmlEscapes(textParts.length === 1 ? textParts[0] : textParts.join(''));
        if (inRun) runText = text;
        else plain = text;
      } else if (cursor.is(N.r) && inRun) {
        inRun = false;
        (runs ??= []).push(runText);
      } else if (cursor.is(N.si)) {
        inItem = false;
        const text = plain ?? (runs ? runs.join('') : null);
        if (text !== null && text.length > READ_LIMITS.textChars) checkText(PART, text.length);
        if (strings.length >= READ_LIMITS.cells) {
          throw new ReadLimitError(
            `${PART}: more than ${grouped(READ_LIMITS.cells)} shared strings (the limit on cells)`,
          );
        }
        strings.push(text);
      }
    }
  }
  return strings;
}
