import { parseFormula, type FormulaNode } from '../../src/core/formula';
import { resolve } from '../../src/core/formula/reference';
import {
  cellKey,
  COLS,
  type SimCell,
  type SimDocument,
  type SimSheet,
  type SimValue,
} from './state';

/**
 * Excel's calculation on open, as the simulator models it: a formula cell saved without a
 * result shows its calculated value in `values`. Excel's own way — binary floating point, not
 * the core's exact fractions — so the contract suite's parity on such workbooks is a real
 * comparison. It knows plain arithmetic (references on any sheet, SUM, + - * /, %, ROUND) and
 * an exact-match VLOOKUP; a circular reference shows 0, as Excel shows it after its warning;
 * anything else shows #NAME? (a function the simulator does not know).
 */

class ExcelError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Scalar = number | string | boolean | null;

function findSheet(doc: SimDocument, name: string): SimSheet {
  const sheet = doc.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new ExcelError('#REF!');
  return sheet;
}

/** The used rows and columns of a sheet, to bound whole columns and rows. */
function extent(sheet: SimSheet): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const key of sheet.cells.keys()) {
    rows = Math.max(rows, Math.floor(key / COLS) + 1);
    cols = Math.max(cols, (key % COLS) + 1);
  }
  return { rows, cols };
}

function roundExcel(value: number, places: number): number {
  const factor = 10 ** Math.trunc(places);
  // Excel rounds the decimal it shows (15 digits), half away from zero.
  const shown = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(shown)) / factor;
}

class Calculation {
  private readonly visiting = new Set<SimCell>();

  constructor(private readonly doc: SimDocument) {}

  /** The cell's value, calculating it first when it is a formula saved without a result. */
  valueOf(sheet: SimSheet, row: number, col: number): Scalar {
    const cell = sheet.cells.get(cellKey(row, col));
    if (!cell || cell.value === '') {
      if (!cell?.formula) return null;
      this.calculate(cell, sheet);
    }
    const value: SimValue = cell.value;
    if (typeof value === 'string' && /^#[A-Z0-9/!?]+$/.test(value)) throw new ExcelError(value);
    return value === '' ? null : value;
  }

  calculate(cell: SimCell, sheet: SimSheet): void {
    if (this.visiting.has(cell)) throw new ExcelError('circular');
    this.visiting.add(cell);
    try {
      const node = parseFormula(cell.formula ?? '');
      cell.value = node ? this.number(node, sheet) : '#NAME?';
    } catch (error) {
      if (!(error instanceof ExcelError)) throw error;
      // A circular reference shows 0 (Excel warns once); an error shows its code.
      if (error.code === 'circular' && this.visiting.size > 1) throw error;
      cell.value = error.code === 'circular' ? 0 : error.code;
    } finally {
      this.visiting.delete(cell);
    }
  }

  private cells(node: FormulaNode & { kind: 'ref' }, own: SimSheet): Scalar[] {
    const { sheet: name, range } = resolve(node.reference, own.name);
    const sheet = findSheet(this.doc, name);
    const { rows, cols } = extent(sheet);
    const values: Scalar[] = [];
    for (let r = range.top; r <= Math.min(range.bottom, rows - 1); r++) {
      for (let c = range.left; c <= Math.min(range.right, cols - 1); c++) {
        values.push(this.valueOf(sheet, r, c));
      }
    }
    return values;
  }

  private scalar(node: FormulaNode, sheet: SimSheet): Scalar {
    if (node.kind === 'string') return node.value;
    if (node.kind === 'bool') return node.value;
    if (node.kind === 'ref') return this.cells(node, sheet)[0] ?? null;
    return this.number(node, sheet);
  }

  private number(node: FormulaNode, sheet: SimSheet): number {
    switch (node.kind) {
      case 'number':
        return Number(node.value.n) / Number(node.value.d);
      case 'ref': {
        const value = this.cells(node, sheet)[0] ?? null;
        if (value === null) return 0;
        if (typeof value !== 'number') throw new ExcelError('#VALUE!');
        return value;
      }
      case 'unary':
        return node.op === '-' ? -this.number(node.arg, sheet) : this.number(node.arg, sheet);
      case 'percent':
        return this.number(node.arg, sheet) / 100;
      case 'binary': {
        const left = this.number(node.left, sheet);
        const right = this.number(node.right, sheet);
        if (node.op === '+') return left + right;
        if (node.op === '-') return left - right;
        if (node.op === '*') return left * right;
        if (node.op === '/') {
          if (right === 0) throw new ExcelError('#DIV/0!');
          return left / right;
        }
        throw new ExcelError('#NAME?');
      }
      case 'call':
        return this.call(node, sheet);
      default:
        throw new ExcelError('#NAME?');
    }
  }

  private call(node: FormulaNode & { kind: 'call' }, sheet: SimSheet): number {
    if (node.name === 'SUM') {
      let total = 0;
      for (const arg of node.args) {
        if (arg.kind !== 'ref') total += this.number(arg, sheet);
        else
          for (const value of this.cells(arg, sheet)) if (typeof value === 'number') total += value;
      }
      return total;
    }
    if (node.name === 'ROUND')
      return roundExcel(this.number(node.args[0], sheet), this.number(node.args[1], sheet));
    if (node.name === 'VLOOKUP' && node.args[1]?.kind === 'ref') {
      const key = this.scalar(node.args[0], sheet);
      const { sheet: name, range } = resolve(node.args[1].reference, sheet.name);
      const table = findSheet(this.doc, name);
      const column = range.left + this.number(node.args[2], sheet) - 1;
      for (let r = range.top; r <= Math.min(range.bottom, extent(table).rows - 1); r++) {
        if (this.valueOf(table, r, range.left) !== key) continue;
        const found = this.valueOf(table, r, column);
        if (typeof found !== 'number') throw new ExcelError('#VALUE!');
        return found;
      }
      throw new ExcelError('#N/A');
    }
    throw new ExcelError('#NAME?');
  }
}

/** Calculates every formula cell that holds no value, as Excel does when it opens the file. */
export function calculateOnOpen(doc: SimDocument): void {
  const calculation = new Calculation(doc);
  for (const sheet of doc.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula && cell.value === '') calculation.calculate(cell, sheet);
    }
  }
}
