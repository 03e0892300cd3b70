/**
 * Gives every formula cell without a cached result its figure before detection: the exact value
 * when the formula is plain arithmetic, else an UnknownFigure saying why. Formulas that refer to
 * other such cells are evaluated first (an explicit stack, so a long chain cannot overflow);
 * a cell met again while its own inputs are being evaluated closes a cycle.
 */
import { decimalOfNumber } from '../money/decimal';
import {
  columnCount,
  formulaAt,
  isCellError,
  isUnknownFigure,
  unknownFigure,
  type CellValue,
  type SheetGrid,
  type WorkbookGrid,
} from '../model/grid';
import { evaluate, type EvaluationContext, type Evaluated, type Operand } from './evaluate';
import { parseFormula, type FormulaNode } from './parse';
import { plainness } from './plain';
import { rational, toNumber } from './rational';
import { resolve, type ResolvedRange } from './reference';

interface Pending {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

type Result = Evaluated & { readonly function?: string };

type Plan =
  { readonly node: FormulaNode; readonly inputs: readonly Pending[] } | { readonly result: Result };

function isPending(value: CellValue | undefined): boolean {
  return (
    value !== undefined && value !== null && isUnknownFigure(value) && value.unknown === 'no-result'
  );
}

function operandOf(value: CellValue | undefined): Operand {
  if (value === undefined || value === null || value === '') return { kind: 'blank' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'error' };
    const decimal = decimalOfNumber(value);
    const digits = BigInt(decimal.digits);
    return {
      kind: 'number',
      value: rational(decimal.negative ? -digits : digits, 10n ** BigInt(decimal.scale)),
    };
  }
  if (typeof value === 'string') return { kind: 'text' };
  if (typeof value === 'boolean') return { kind: 'bool' };
  if (isUnknownFigure(value)) return { kind: 'unknown', reason: value.unknown };
  return isCellError(value) ? { kind: 'error' } : { kind: 'blank' };
}

function* references(node: FormulaNode): Generator<FormulaNode & { kind: 'ref' }> {
  if (node.kind === 'ref') yield node;
  else if (node.kind === 'unary' || node.kind === 'percent') yield* references(node.arg);
  else if (node.kind === 'binary') {
    yield* references(node.left);
    yield* references(node.right);
  } else if (node.kind === 'call') for (const arg of node.args) yield* references(arg);
}

class FormulaEvaluator {
  private readonly byName = new Map<string, number>();
  private readonly results = new Map<number, Map<number, Result>>();
  private readonly visiting = new Set<string>();
  private readonly widths = new Map<number, number>();

  constructor(private readonly sheets: readonly SheetGrid[]) {
    // Excel matches sheet names in references without regard to case.
    sheets.forEach((sheet, index) => this.byName.set(sheet.name.toLowerCase(), index));
  }

  /** The used columns of a sheet, counted once (a whole-row reference ends there). */
  private width(index: number): number {
    let width = this.widths.get(index);
    if (width === undefined) this.widths.set(index, (width = columnCount(this.sheets[index])));
    return width;
  }

  private key(cell: Pending): number {
    return cell.row * 16_384 + cell.col;
  }

  private resultOf(cell: Pending): Result | undefined {
    return this.results.get(cell.sheet)?.get(this.key(cell));
  }

  private store(cell: Pending, result: Result): void {
    let bySheet = this.results.get(cell.sheet);
    if (!bySheet) this.results.set(cell.sheet, (bySheet = new Map<number, Result>()));
    bySheet.set(this.key(cell), result);
  }

  clip(target: ResolvedRange): (ResolvedRange & { index: number }) | undefined {
    const index = this.byName.get(target.sheet.toLowerCase());
    if (index === undefined) return undefined;
    const sheet = this.sheets[index];
    const bottom = Math.min(target.range.bottom, sheet.rows.length - 1);
    const right = Math.min(target.range.right, this.width(index) - 1);
    if (bottom < target.range.top || right < target.range.left) return undefined;
    return { sheet: sheet.name, index, range: { ...target.range, bottom, right } };
  }

  private context(sheet: number): EvaluationContext {
    return {
      sheet: this.sheets[sheet].name,
      clip: (range) => this.clip(range),
      cell: (name, row, col) => {
        const index = this.byName.get(name.toLowerCase());
        if (index === undefined) return { kind: 'error' };
        const value = this.sheets[index].rows[row]?.[col];
        if (!isPending(value)) return operandOf(value);
        // Not evaluated yet only when it is still on the stack: a cycle.
        const result = this.resultOf({ sheet: index, row, col });
        if (!result) return { kind: 'unknown', reason: 'cycle' };
        return result.kind === 'number' ? result : { kind: 'unknown', reason: result.reason };
      },
    };
  }

  /** The formula's tree and the cells without cached results it reads, or its result at once. */
  private plan(cell: Pending): Plan {
    const formula = formulaAt(this.sheets[cell.sheet], cell.row, cell.col);
    if (formula === undefined) return { result: { kind: 'unknown', reason: 'no-result' } };
    const node = parseFormula(formula);
    if (!node) return { result: { kind: 'unknown', reason: 'unsupported' } };
    const plain = plainness(node);
    if (!plain.plain) {
      const fn = plain.function;
      return {
        result: { kind: 'unknown', reason: 'unsupported', ...(fn ? { function: fn } : {}) },
      };
    }
    const inputs: Pending[] = [];
    for (const ref of references(node)) {
      const clipped = this.clip(resolve(ref.reference, this.sheets[cell.sheet].name));
      if (!clipped) continue;
      const { top, bottom, left, right } = clipped.range;
      const rows = this.sheets[clipped.index].rows;
      for (let row = top; row <= bottom; row++) {
        const values = rows[row];
        if (!values) continue;
        for (let col = left; col <= Math.min(right, values.length - 1); col++) {
          if (isPending(values[col])) inputs.push({ sheet: clipped.index, row, col });
        }
      }
    }
    return { node, inputs };
  }

  /** Evaluates one pending cell, its pending inputs first. */
  resolveCell(target: Pending): void {
    if (this.resultOf(target)) return;
    interface Frame {
      readonly cell: Pending;
      plan?: Plan;
      next: number;
      cycle: boolean;
    }
    const id = (cell: Pending) => `${cell.sheet}:${cell.row}:${cell.col}`;
    const stack: Frame[] = [{ cell: target, next: 0, cycle: false }];
    while (stack.length) {
      const frame = stack[stack.length - 1];
      frame.plan ??= this.plan(frame.cell);
      const plan = frame.plan;
      if ('node' in plan && frame.next < plan.inputs.length) {
        this.visiting.add(id(frame.cell));
        const input = plan.inputs[frame.next++];
        if (this.resultOf(input)) continue;
        if (this.visiting.has(id(input))) frame.cycle = true;
        else stack.push({ cell: input, next: 0, cycle: false });
        continue;
      }
      this.visiting.delete(id(frame.cell));
      stack.pop();
      if (!('node' in plan)) this.store(frame.cell, plan.result);
      else if (frame.cycle) this.store(frame.cell, { kind: 'unknown', reason: 'cycle' });
      else this.store(frame.cell, evaluate(plan.node, this.context(frame.cell.sheet)));
    }
  }

  /** The sheet with its pending cells replaced by their figures; the same object if none. */
  sheetWithResults(index: number): SheetGrid {
    const results = this.results.get(index);
    if (!results) return this.sheets[index];
    const sheet = this.sheets[index];
    const rows = [...sheet.rows];
    const copied = new Map<number, CellValue[]>();
    for (const [key, result] of results) {
      const row = Math.floor(key / 16_384);
      let copy = copied.get(row);
      if (!copy) copied.set(row, (copy = [...(rows[row] ?? [])]));
      copy[key % 16_384] =
        result.kind === 'number'
          ? toNumber(result.value)
          : unknownFigure(result.reason, result.function);
      rows[row] = copy;
    }
    return { ...sheet, rows };
  }
}

/**
 * The workbook with every formula cell that has no cached result evaluated (plain arithmetic,
 * in exact fractions, held at Excel's 15 significant digits for the amount parser to round to
 * the fen) or marked unknown with its reason. Sheets without such cells are passed through.
 */
export function evaluateFormulas(grid: WorkbookGrid): WorkbookGrid {
  const evaluator = new FormulaEvaluator(grid.sheets);
  let any = false;
  grid.sheets.forEach((sheet, index) => {
    if (!sheet.formulas) return;
    sheet.rows.forEach((values, row) =>
      values?.forEach((value, col) => {
        if (!isPending(value)) return;
        any = true;
        evaluator.resolveCell({ sheet: index, row, col });
      }),
    );
  });
  if (!any) return grid;
  return { ...grid, sheets: grid.sheets.map((_, index) => evaluator.sheetWithResults(index)) };
}
