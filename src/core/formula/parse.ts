/**
 * Formula text to a syntax tree, with Excel's operator precedence: comparison, `&`, `+ -`,
 * `* /`, `^`, prefix `- +`, postfix `%`. Anything the grammar does not cover (names, arrays,
 * unions, structured references) makes the parse fail: such a formula is not plain arithmetic.
 */
import { parseRational, type Rational } from './rational';
import type { Reference } from './reference';
import { tokenize, type Token } from './tokenize';

export type FormulaNode =
  | { readonly kind: 'number'; readonly value: Rational }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'ref'; readonly reference: Reference }
  | { readonly kind: 'missing' }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly kind: 'unary'; readonly op: '-' | '+'; readonly arg: FormulaNode }
  | { readonly kind: 'percent'; readonly arg: FormulaNode }
  | {
      readonly kind: 'binary';
      readonly op: string;
      readonly left: FormulaNode;
      readonly right: FormulaNode;
    };

class SyntaxFailure extends Error {}

const LEVELS: readonly (readonly string[])[] = [
  ['=', '<>', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
  ['^'],
];

class Parser {
  private at = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FormulaNode {
    const node = this.binary(0);
    if (this.at !== this.tokens.length) throw new SyntaxFailure();
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private binary(level: number): FormulaNode {
    if (level === LEVELS.length) return this.prefix();
    let left = this.binary(level + 1);
    for (;;) {
      const token = this.peek();
      if (token?.type !== 'op' || !LEVELS[level].includes(token.text)) return left;
      this.at++;
      left = { kind: 'binary', op: token.text, left, right: this.binary(level + 1) };
    }
  }

  private prefix(): FormulaNode {
    const token = this.peek();
    if (token?.type === 'op' && (token.text === '-' || token.text === '+')) {
      this.at++;
      return { kind: 'unary', op: token.text, arg: this.prefix() };
    }
    return this.postfix();
  }

  private postfix(): FormulaNode {
    let node = this.primary();
    for (let token = this.peek(); token?.type === 'op' && token.text === '%'; token = this.peek()) {
      this.at++;
      node = { kind: 'percent', arg: node };
    }
    return node;
  }

  private primary(): FormulaNode {
    const token = this.peek();
    if (!token) throw new SyntaxFailure();
    this.at++;
    switch (token.type) {
      case 'number': {
        const value = parseRational(token.text);
        if (!value) throw new SyntaxFailure();
        return { kind: 'number', value };
      }
      case 'string':
        return { kind: 'string', value: token.value };
      case 'bool':
        return { kind: 'bool', value: token.value };
      case 'error':
        return { kind: 'error', code: token.text };
      case 'ref':
        return { kind: 'ref', reference: token.reference };
      case 'func':
        return { kind: 'call', name: token.name, args: this.args() };
      case 'open': {
        const inner = this.binary(0);
        if (this.peek()?.type !== 'close') throw new SyntaxFailure();
        this.at++;
        return inner;
      }
      default:
        throw new SyntaxFailure();
    }
  }

  /** Arguments up to the closing parenthesis; an empty one (`ROUND(A1,)`) is `missing`. */
  private args(): FormulaNode[] {
    const args: FormulaNode[] = [];
    if (this.peek()?.type === 'close') {
      this.at++;
      return args;
    }
    for (;;) {
      const token = this.peek();
      args.push(
        token?.type === 'comma' || token?.type === 'close' ? { kind: 'missing' } : this.binary(0),
      );
      const next = this.peek();
      this.at++;
      if (next?.type === 'close') return args;
      if (next?.type !== 'comma') throw new SyntaxFailure();
    }
  }
}

/** The formula's tree, or undefined when it is not a formula this grammar reads. */
export function parseFormula(formula: string): FormulaNode | undefined {
  const tokens = tokenize(formula);
  if (!tokens.length) return undefined;
  try {
    return new Parser(tokens).parse();
  } catch (error) {
    if (error instanceof SyntaxFailure) return undefined;
    throw error;
  }
}
