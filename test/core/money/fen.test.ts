import fc from 'fast-check';
import { classifyDifference, type Amount } from '../../../src/core/money/fen';
import { decimalOfNumber, parseDecimal } from '../../../src/core/money/decimal';
import { formatFen, groupThousands } from '../../../src/core/money/format';
import { toFen } from '../../../src/core/money/fen';
import { UNITS, YUAN } from '../../../src/core/model/unit';

const WAN = UNITS['ten-thousand-yuan'];
const amount = (fen: number, shownDecimals: number, unit = WAN): Amount => ({
  fen,
  shownDecimals,
  unit,
});

describe('classifyDifference', () => {
  const parts = [amount(141_100_000, 1), amount(20_760_000, 2)];

  it('is a rounding difference within half a unit of each shown decimal', () => {
    expect(classifyDifference(amount(161_870_000, 2), parts, 161_860_000, false)).toBe('rounding');
  });

  it('is a mismatch beyond it', () => {
    expect(classifyDifference(amount(161_700_000, 2), parts, 161_860_000, false)).toBe('mismatch');
  });

  it('counts the tolerance to the fen: 0.06 万元 tolerated, 0.0601 not', () => {
    expect(classifyDifference(amount(161_920_000, 2), parts, 161_860_000, false)).toBe('rounding');
    expect(classifyDifference(amount(161_920_100, 4), parts, 161_860_000, false)).toBe('mismatch');
  });

  it('is equal when the figures agree, and strict makes any difference a mismatch', () => {
    expect(classifyDifference(amount(161_860_000, 2), parts, 161_860_000, true)).toBe('equal');
    expect(classifyDifference(amount(161_870_000, 2), parts, 161_860_000, true)).toBe('mismatch');
  });

  it('is symmetric: over- and under-statement by the same amount classify alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: 0, max: 6 }),
        (sum, delta, decimals) => {
          const over = classifyDifference(
            amount(sum + delta, decimals),
            [amount(sum, decimals)],
            sum,
            false,
          );
          const under = classifyDifference(
            amount(sum - delta, decimals),
            [amount(sum, decimals)],
            sum,
            false,
          );
          expect(over).toBe(under);
        },
      ),
    );
  });

  it('does not depend on the order of the parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 20 }),
        fc.integer(),
        (fens, seed) => {
          const items = fens.map((fen) => amount(fen, 2, YUAN));
          const shuffled = [...items].sort((a, b) => ((a.fen ^ seed) & 7) - ((b.fen ^ seed) & 7));
          const sum = (list: Amount[]): number => list.reduce((total, item) => total + item.fen, 0);
          const stated = amount(sum(items) + 3, 2, YUAN);
          expect(classifyDifference(stated, shuffled, sum(shuffled), false)).toBe(
            classifyDifference(stated, items, sum(items), false),
          );
        },
      ),
    );
  });
});

describe('decimal strings', () => {
  it('formats fen in a unit from integer parts', () => {
    expect(formatFen(161_860_000, WAN, 2)).toBe('161.86');
    expect(formatFen(15_000_000, WAN)).toBe('15');
    expect(formatFen(17_040_000, YUAN, 2)).toBe('170400.00');
    expect(formatFen(-1, YUAN, 2)).toBe('-0.01');
    expect(formatFen(0, YUAN, 2)).toBe('0.00');
    expect(groupThousands('170400.00')).toBe('170,400.00');
  });

  it('parse(format(x)) = x for any fen amount and unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(...Object.values(UNITS)),
        (fen, unit) => {
          const decimal = parseDecimal(formatFen(fen, unit));
          expect(decimal && toFen(decimal, unit)).toBe(fen);
        },
      ),
    );
  });

  it('reads numbers exactly, as Excel shows them', () => {
    expect(decimalOfNumber(141.1)).toEqual({ negative: false, digits: '1411', scale: 1 });
    expect(decimalOfNumber(1e-7)).toEqual({ negative: false, digits: '1', scale: 7 });
    expect(decimalOfNumber(-0.30000000000000004)).toEqual({
      negative: true,
      digits: '3',
      scale: 1,
    });
  });
});
