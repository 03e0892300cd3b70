/**
 * Which formulas the core evaluates: plain arithmetic over cells and constants — references
 * (on any sheet), SUM, `+ - *`, `/` by a constant, prefix `- +`, `%`, parentheses, numbers,
 * ROUND to a stated number of places. Anything else is left to Excel.
 */
import type { FormulaNode } from './parse';
import { isSingleCell } from './reference';

export type Plainness =
  { readonly plain: true } | { readonly plain: false; readonly function?: string };

const PLAIN: Plainness = { plain: true };
const NOT_PLAIN: Plainness = { plain: false };

/** True when the subtree holds no reference: its value is the same wherever it stands. */
export function isConstant(node: FormulaNode): boolean {
  switch (node.kind) {
    case 'number':
      return true;
    case 'unary':
    case 'percent':
      return isConstant(node.arg);
    case 'binary':
      return isConstant(node.left) && isConstant(node.right);
    case 'call':
      return node.args.every(isConstant);
    default:
      return false;
  }
}

function all(nodes: readonly FormulaNode[], check: (node: FormulaNode) => Plainness): Plainness {
  for (const node of nodes) {
    const result = check(node);
    if (!result.plain) return result;
  }
  return PLAIN;
}

/** A SUM argument: an expression, or a reference of any size (ranges count only here). */
function sumArgument(node: FormulaNode): Plainness {
  return node.kind === 'ref' ? PLAIN : plainness(node);
}

function callPlainness(node: Extract<FormulaNode, { kind: 'call' }>): Plainness {
  if (node.name === 'SUM') return node.args.length ? all(node.args, sumArgument) : NOT_PLAIN;
  if (node.name === 'ROUND') {
    const [value, places] = node.args;
    if (node.args.length !== 2 || !isConstant(places)) return { plain: false, function: 'ROUND' };
    return all([value, places], plainness);
  }
  return { plain: false, function: node.name.replace(/^_xlfn\./i, '') };
}

/** Whether a formula is plain arithmetic; if not, the function that made it so, where one did. */
export function plainness(node: FormulaNode): Plainness {
  switch (node.kind) {
    case 'number':
      return PLAIN;
    case 'ref':
      // A range outside SUM is Excel's implicit intersection: not arithmetic.
      return isSingleCell(node.reference) ? PLAIN : NOT_PLAIN;
    case 'unary':
    case 'percent':
      return plainness(node.arg);
    case 'binary':
      if (!['+', '-', '*', '/'].includes(node.op)) return NOT_PLAIN;
      if (node.op === '/' && !isConstant(node.right)) return NOT_PLAIN;
      return all([node.left, node.right], plainness);
    case 'call':
      return callPlainness(node);
    default:
      return NOT_PLAIN;
  }
}
