export { evaluateFormulas } from './workbook';
export { sumRanges, referencedRanges } from './sumRanges';
export { shiftFormula } from './shift';
export { parseFormula, type FormulaNode } from './parse';
export { plainness, type Plainness } from './plain';
export { evaluate, type Evaluated, type EvaluationContext, type Operand } from './evaluate';
export { MAX_COLS, MAX_ROWS, type Reference, type ResolvedRange } from './reference';
export { toNumber, type Rational } from './rational';
