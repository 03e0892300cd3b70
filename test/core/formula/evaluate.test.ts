import {
  evaluate,
  parseFormula,
  plainness,
  type EvaluationContext,
  type Operand,
} from '../../../src/core/formula';
import { rational, roundTo, toNumber, type Rational } from '../../../src/core/formula/rational';
import { resolve } from '../../../src/core/formula/reference';

/** A context over one sheet `S` of literal operands by A1 (other cells blank), 10 × 10 used. */
function context(cells: Record<string, Operand> = {}): EvaluationContext {
  return {
    sheet: 'S',
    cell: (sheet, row, col) => {
      if (sheet !== 'S') return { kind: 'error' };
      const key = `${String.fromCharCode(65 + col)}${row + 1}`;
      return cells[key] ?? { kind: 'blank' };
    },
    clip: (range) =>
      range.sheet === 'S'
        ? {
            sheet: 'S',
            range: {
              ...range.range,
              bottom: Math.min(range.range.bottom, 9),
              right: Math.min(range.range.right, 9),
            },
          }
        : undefined,
  };
}

const num = (text: string): Operand => {
  const [whole, fraction = ''] = text.split('.');
  return {
    kind: 'number',
    value: rational(BigInt(whole + fraction), 10n ** BigInt(fraction.length)),
  };
};

function value(formula: string, cells: Record<string, Operand> = {}): Rational | string {
  const node = parseFormula(formula);
  if (!node) return 'unparsed';
  const result = evaluate(node, context(cells));
  return result.kind === 'number' ? result.value : result.reason;
}

describe('formula evaluation in exact fractions', () => {
  it('=1/3*3 is exactly 1, and 0.1 + 0.2 exactly 0.3', () => {
    expect(value('=1/3*3')).toEqual(rational(1n));
    expect(value('A1+B1', { A1: num('0.1'), B1: num('0.2') })).toEqual(rational(3n, 10n));
  });

  it('follows Excel precedence: prefix minus before ^-free products, % after', () => {
    expect(value('2+3*4')).toEqual(rational(14n));
    expect(value('(2+3)*4')).toEqual(rational(20n));
    expect(value('-2*-3')).toEqual(rational(6n));
    expect(value('50%*A1', { A1: num('7') })).toEqual(rational(7n, 2n));
    expect(value('10-2-3')).toEqual(rational(5n));
    expect(value('100/4/5')).toEqual(rational(5n));
  });

  it('sums ranges skipping text and blanks, and counts a blank reference as 0', () => {
    const cells = {
      A1: num('1.25'),
      A2: { kind: 'text' } as Operand,
      A3: num('2.5'),
      B1: num('4'),
    };
    expect(value('SUM(A1:A5)', cells)).toEqual(rational(15n, 4n));
    expect(value('SUM(A1:B3,10)', cells)).toEqual(rational(71n, 4n));
    expect(value('SUM(A:A)', cells)).toEqual(rational(15n, 4n));
    expect(value('A4+B1', cells)).toEqual(rational(4n));
  });

  it('rounds with ROUND half away from zero at the stated places, negative places too', () => {
    expect(value('ROUND(9000/7*2,2)')).toEqual(rational(257143n, 100n));
    expect(value('ROUND(-2.5,0)')).toEqual(rational(-3n));
    expect(value('ROUND(1234.5,-2)')).toEqual(rational(1200n));
    expect(value('ROUND(2.675,2)')).toEqual(rational(268n, 100n));
  });

  it('does not evaluate what is not plain arithmetic, naming the function', () => {
    for (const formula of [
      'VLOOKUP(1,A1:B2,2,FALSE)',
      'IF(A1>0,1,2)',
      'A1/B1',
      'A1&"x"',
      'SUM(A1:A3)>1',
      'A1:A3',
      'Name1+1',
      '{1,2}',
    ]) {
      const node = parseFormula(formula);
      if (node) expect(plainness(node).plain).toBe(false);
    }
    expect(plainness(parseFormula('SUM(A1)+VLOOKUP(1,A1:B2,2,FALSE)')!)).toEqual({
      plain: false,
      function: 'VLOOKUP',
    });
    expect(plainness(parseFormula('_xlfn.XLOOKUP(1,A:A,B:B)')!)).toEqual({
      plain: false,
      function: 'XLOOKUP',
    });
    expect(plainness(parseFormula('ROUND(A1,B1)')!)).toEqual({ plain: false, function: 'ROUND' });
    expect(plainness(parseFormula("SUM('My Sheet'!$A$1:A3)-A1*2/4%+ROUND(A2,2)")!)).toEqual({
      plain: true,
    });
  });

  it('reports text, logicals, errors and division by zero instead of guessing', () => {
    expect(value('A1+1', { A1: { kind: 'text' } })).toBe('unknown-input');
    expect(value('A1+1', { A1: { kind: 'bool' } })).toBe('unknown-input');
    expect(value('SUM(A1:A2)', { A1: { kind: 'error' } })).toBe('error');
    expect(value('A1/0')).toBe('error');
    expect(value('A1+1', { A1: { kind: 'unknown', reason: 'cycle' } })).toBe('cycle');
    expect(value('SUM(A1:A2)', { A1: { kind: 'unknown', reason: 'unsupported' } })).toBe(
      'unknown-input',
    );
    expect(value('Other!A1+1')).toBe('error');
  });
});

describe('rationals', () => {
  it('hold Excel’s 15 significant digits when made a number', () => {
    expect(toNumber(rational(1n, 3n))).toBe(0.333333333333333);
    expect(toNumber(rational(-200n, 3n))).toBe(-66.6666666666667);
    expect(toNumber(rational(1987143n, 100n))).toBe(19871.43);
    expect(toNumber(rational(1n, 8000n))).toBe(0.000125);
    expect(toNumber(rational(0n))).toBe(0);
    expect(toNumber(rational(123456789012345678n))).toBe(123456789012346000);
  });

  it('round half away from zero', () => {
    expect(roundTo(rational(5n, 1000n), 2)).toEqual(rational(1n, 100n));
    expect(roundTo(rational(-5n, 1000n), 2)).toEqual(rational(-1n, 100n));
    expect(roundTo(rational(4999n, 1000000n), 2)).toEqual(rational(0n));
  });
});

describe('references', () => {
  it('resolve quoted and unquoted sheet names, anchors, whole columns and rows', () => {
    const refOf = (formula: string) => {
      const node = parseFormula(formula);
      if (node?.kind !== 'ref') throw new Error(formula);
      return resolve(node.reference, 'Own');
    };
    expect(refOf("'It''s 表'!$B$2:C3")).toEqual({
      sheet: "It's 表",
      range: { top: 1, left: 1, bottom: 2, right: 2 },
    });
    expect(refOf('收入!D:D')).toEqual({
      sheet: '收入',
      range: { top: 0, left: 3, bottom: 1_048_575, right: 3 },
    });
    expect(refOf('$4:5')).toEqual({
      sheet: 'Own',
      range: { top: 3, left: 0, bottom: 4, right: 16_383 },
    });
    expect(refOf('XFD1048576')).toEqual({
      sheet: 'Own',
      range: { top: 1_048_575, left: 16_383, bottom: 1_048_575, right: 16_383 },
    });
    expect(parseFormula('XFE1')).toBeUndefined();
  });
});
