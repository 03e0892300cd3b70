/**
 * Evaluates a plain-arithmetic formula tree (see plain.ts) in exact fractions, with Excel's
 * rules for what a cell gives: a blank counts 0; inside SUM a range skips text, logicals and
 * blanks; elsewhere text or a logical is not taken as a number (Excel may convert it; the core
 * does not guess), and an error makes the result an error.
 */
import type { UnknownReason } from '../model/grid';
import type { FormulaNode } from './parse';
import { add, divide, multiply, negate, rational, roundTo, ZERO, type Rational } from './rational';
import { isSingleCell, resolve, type ResolvedRange } from './reference';

/** What one cell holds, as evaluation sees it. */
export type Operand =
  | { readonly kind: 'number'; readonly value: Rational }
  | { readonly kind: 'blank' }
  | { readonly kind: 'text' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'error' }
  | { readonly kind: 'unknown'; readonly reason: UnknownReason };

export type Evaluated =
  | { readonly kind: 'number'; readonly value: Rational }
  | { readonly kind: 'unknown'; readonly reason: UnknownReason };

export interface EvaluationContext {
  /** The sheet the formula stands on. */
  readonly sheet: string;
  /** A cell's operand; a sheet that does not exist gives an error (Excel's #REF!). */
  cell(sheet: string, row: number, col: number): Operand;
  /** The range clipped to the sheet's used area (whole columns and rows end there). */
  clip(range: ResolvedRange): ResolvedRange | undefined;
}

class NotEvaluated extends Error {
  constructor(readonly reason: UnknownReason) {
    super(reason);
  }
}

function numberOf(operand: Operand): Rational {
  switch (operand.kind) {
    case 'number':
      return operand.value;
    case 'blank':
      return ZERO;
    case 'unknown':
      throw new NotEvaluated(operand.reason === 'cycle' ? 'cycle' : 'unknown-input');
    case 'error':
      throw new NotEvaluated('error');
    default:
      throw new NotEvaluated('unknown-input');
  }
}

function sumRange(context: EvaluationContext, range: ResolvedRange): Rational {
  const clipped = context.clip(range);
  let total = ZERO;
  if (!clipped) return total;
  const { top, bottom, left, right } = clipped.range;
  for (let row = top; row <= bottom; row++) {
    for (let col = left; col <= right; col++) {
      const operand = context.cell(clipped.sheet, row, col);
      // SUM over a reference ignores text and logicals, as Excel does.
      if (operand.kind === 'text' || operand.kind === 'bool' || operand.kind === 'blank') continue;
      total = add(total, numberOf(operand));
    }
  }
  return total;
}

function evaluateCall(
  node: Extract<FormulaNode, { kind: 'call' }>,
  context: EvaluationContext,
): Rational {
  if (node.name === 'SUM') {
    let total = ZERO;
    for (const arg of node.args) {
      total = add(
        total,
        arg.kind === 'ref'
          ? sumRange(context, resolve(arg.reference, context.sheet))
          : value(arg, context),
      );
    }
    return total;
  }
  // ROUND: plain.ts admits nothing else. Excel truncates fractional places toward zero.
  const places = value(node.args[1], context);
  const whole = Number(places.n / places.d);
  if (Math.abs(whole) > 300) throw new NotEvaluated('unsupported');
  return roundTo(value(node.args[0], context), whole);
}

function value(node: FormulaNode, context: EvaluationContext): Rational {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'ref': {
      if (!isSingleCell(node.reference)) throw new NotEvaluated('unsupported');
      const { sheet, range } = resolve(node.reference, context.sheet);
      return numberOf(context.cell(sheet, range.top, range.left));
    }
    case 'unary': {
      const arg = value(node.arg, context);
      return node.op === '-' ? negate(arg) : arg;
    }
    case 'percent': {
      const arg = value(node.arg, context);
      return rational(arg.n, arg.d * 100n);
    }
    case 'binary': {
      const left = value(node.left, context);
      const right = value(node.right, context);
      if (node.op === '+') return add(left, right);
      if (node.op === '-') return add(left, negate(right));
      if (node.op === '*') return multiply(left, right);
      const quotient = divide(left, right);
      if (!quotient) throw new NotEvaluated('error');
      return quotient;
    }
    case 'call':
      return evaluateCall(node, context);
    default:
      throw new NotEvaluated('unsupported');
  }
}

/** The exact value of a plain-arithmetic tree, or why it has none. */
export function evaluate(node: FormulaNode, context: EvaluationContext): Evaluated {
  try {
    return { kind: 'number', value: value(node, context) };
  } catch (error) {
    if (error instanceof NotEvaluated) return { kind: 'unknown', reason: error.reason };
    throw error;
  }
}
