/**
 * What a formula says it covers, for the evidence a total's formula gives (DESIGN.md,
 * "Formulas"): a 合计 whose `=SUM(D8:D8)` leaves out lines of its table.
 */
import { parseFormula, type FormulaNode } from './parse';
import { resolve, type ResolvedRange } from './reference';

/** References standing directly as SUM arguments, anywhere in the tree. */
function collect(node: FormulaNode, ownSheet: string, inSum: boolean, out: ResolvedRange[]): void {
  if (node.kind === 'ref') {
    if (inSum) out.push(resolve(node.reference, ownSheet));
  } else if (node.kind === 'call') {
    for (const arg of node.args) collect(arg, ownSheet, node.name === 'SUM', out);
  } else if (node.kind === 'unary' || node.kind === 'percent') {
    collect(node.arg, ownSheet, false, out);
  } else if (node.kind === 'binary') {
    collect(node.left, ownSheet, false, out);
    collect(node.right, ownSheet, false, out);
  }
}

/**
 * The ranges the formula's SUM calls add up (references directly inside `SUM(…)`), each on its
 * sheet (`ownSheet` where the reference names none). Whole columns and rows reach the grid's
 * edge (MAX_ROWS / MAX_COLS): intersect them with the table. Undefined when the formula cannot
 * be read or holds no SUM over a reference.
 *
 * @example sumRanges('SUM(D8:D8)', '收入') → [{ sheet: '收入', range: { top: 7, left: 3, bottom: 7, right: 3 } }]
 */
export function sumRanges(formula: string, ownSheet: string): ResolvedRange[] | undefined {
  const node = parseFormula(formula);
  if (!node) return undefined;
  const ranges: ResolvedRange[] = [];
  collect(node, ownSheet, false, ranges);
  return ranges.length ? ranges : undefined;
}

/** Every reference the formula reads (in and outside SUM), each on its sheet; undefined if unreadable. */
export function referencedRanges(formula: string, ownSheet: string): ResolvedRange[] | undefined {
  const node = parseFormula(formula);
  if (!node) return undefined;
  const ranges: ResolvedRange[] = [];
  const visit = (current: FormulaNode): void => {
    if (current.kind === 'ref') ranges.push(resolve(current.reference, ownSheet));
    else if (current.kind === 'call') current.args.forEach(visit);
    else if (current.kind === 'unary' || current.kind === 'percent') visit(current.arg);
    else if (current.kind === 'binary') {
      visit(current.left);
      visit(current.right);
    }
  };
  visit(node);
  return ranges;
}
