/**
 * Splits a formula's text (as OOXML stores it, no leading `=`) into tokens that keep their
 * place in the text, so a shared formula can be shifted by rewriting only its references.
 * It never throws: what it does not know becomes an `other` token, which no parse accepts.
 */
import { isWellFormed, parsePoint, type Reference } from './reference';

export type Token = { readonly start: number; readonly end: number } & (
  | { readonly type: 'number'; readonly text: string }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'error'; readonly text: string }
  /** `bodyStart`: where the reference follows its sheet prefix (`Sheet1!`), if any. */
  | { readonly type: 'ref'; readonly reference: Reference; readonly bodyStart: number }
  /** A function name with its opening parenthesis (`SUM(`), the name upper-cased. */
  | { readonly type: 'func'; readonly name: string }
  | { readonly type: 'op'; readonly text: string }
  | { readonly type: 'open' | 'close' | 'comma' }
  | { readonly type: 'other'; readonly text: string }
);

const SPACE = /[\s\u3000]+/y;
const STRING = /"((?:[^"]|"")*)"/y;
const ERROR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/y;
const QUOTED_SHEET = /'((?:[^']|'')+)'!/y;
const POINT = /\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+/.source;
const REF_BODY = new RegExp(`(${POINT})(?::(${POINT}))?`, 'y');
const WORD = /[\p{L}_\\][\p{L}\p{N}_.]*/uy;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
/** What may not follow a reference: more of a name, a call, a sheet separator. */
const WORD_GOES_ON = /[\p{L}\p{N}_.(!$]/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%'];

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** A reference body (`D4`, `$D$4:D8`, `D:D`, `4:8`) at `at`, when one stands there whole. */
function referenceAt(
  text: string,
  at: number,
  sheet: string | undefined,
): { reference: Reference; end: number } | undefined {
  const match = matchAt(REF_BODY, text, at);
  if (!match) return undefined;
  const end = at + match[0].length;
  if (end < text.length && WORD_GOES_ON.test(text[end])) return undefined;
  const from = parsePoint(match[1]);
  const to = match[2] === undefined ? from : parsePoint(match[2]);
  if (!from || !to) return undefined;
  // A lone point must be a cell: `D` or `4` alone is a name or a number.
  if (match[2] === undefined && (from.row === undefined || from.col === undefined))
    return undefined;
  if (!isWellFormed(from, to)) return undefined;
  return { reference: { ...(sheet !== undefined ? { sheet } : {}), from, to }, end };
}

function tokenAt(text: string, at: number): Token {
  const ch = text[at];
  const string = ch === '"' && matchAt(STRING, text, at);
  if (string) {
    return {
      type: 'string',
      value: string[1].replace(/""/g, '"'),
      start: at,
      end: at + string[0].length,
    };
  }
  const error = ch === '#' && matchAt(ERROR, text, at);
  if (error) return { type: 'error', text: error[0], start: at, end: at + error[0].length };
  const quoted = ch === "'" && matchAt(QUOTED_SHEET, text, at);
  if (quoted) {
    const bodyStart = at + quoted[0].length;
    const found = referenceAt(text, bodyStart, quoted[1].replace(/''/g, "'"));
    if (found) return { type: 'ref', ...found, start: at, bodyStart };
    return { type: 'other', text: quoted[0], start: at, end: bodyStart };
  }
  const plain = referenceAt(text, at, undefined);
  if (plain) return { type: 'ref', ...plain, start: at, bodyStart: at };
  const word = matchAt(WORD, text, at);
  if (word) {
    const end = at + word[0].length;
    if (text[end] === '!') {
      const found = referenceAt(text, end + 1, word[0]);
      if (found) return { type: 'ref', ...found, start: at, bodyStart: end + 1 };
    } else if (text[end] === '(') {
      return { type: 'func', name: word[0].toUpperCase(), start: at, end: end + 1 };
    } else if (/^(TRUE|FALSE)$/i.test(word[0])) {
      return { type: 'bool', value: word[0].toUpperCase() === 'TRUE', start: at, end };
    }
    return { type: 'other', text: word[0], start: at, end };
  }
  const number = matchAt(NUMBER, text, at);
  if (number) return { type: 'number', text: number[0], start: at, end: at + number[0].length };
  const operator = OPERATORS.find((op) => text.startsWith(op, at));
  if (operator) return { type: 'op', text: operator, start: at, end: at + operator.length };
  if (ch === '(') return { type: 'open', start: at, end: at + 1 };
  if (ch === ')') return { type: 'close', start: at, end: at + 1 };
  if (ch === ',') return { type: 'comma', start: at, end: at + 1 };
  return { type: 'other', text: ch, start: at, end: at + 1 };
}

/** The tokens of a formula, positions in `formula` itself (a leading `=` is skipped). */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = formula.startsWith('=') ? 1 : 0;
  while (at < formula.length) {
    const space = matchAt(SPACE, formula, at);
    if (space) {
      at += space[0].length;
      continue;
    }
    const token = tokenAt(formula, at);
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}
