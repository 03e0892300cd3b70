import { capCellText, CELL_TEXT_LIMIT } from '../../../src/core/findings/cellLimit';
import { parseDecimal } from '../../../src/core/money/decimal';
import { UNITS, YUAN } from '../../../src/core/model/unit';
import { readAmount } from '../../../src/core/parse/amount';

describe('number limits: never expanded, quoted as typed', () => {
  it('parseDecimal refuses an exponent it would have to expand', () => {
    expect(parseDecimal('1e100000000')).toBeUndefined();
    expect(parseDecimal('1e-100000000')).toBeUndefined();
    expect(parseDecimal('1e401')).toBeUndefined();
    expect(parseDecimal('1.5e3')).toEqual({ negative: false, digits: '1500', scale: 0 });
    expect(parseDecimal('5e-324')).toEqual({ negative: false, digits: '5', scale: 324 });
  });

  it.each(['1e100000000', '1e-100000000', '1.5e3', '2E5'])(
    'a text with an exponent (%s) is not-a-number, quoted as typed',
    (typed) => {
      expect(readAmount(typed, undefined, YUAN)).toEqual({ kind: 'invalid', shown: typed });
    },
  );

  it('reads up to what integer fen holds exactly (about 9 × 10^13 元), quotes beyond it', () => {
    expect(readAmount('90000000000000.00', undefined, YUAN)).toMatchObject({
      kind: 'amount',
      fen: 9_000_000_000_000_000,
    });
    expect(readAmount('90,071,992,547,410.00', undefined, YUAN)).toEqual({
      kind: 'invalid',
      shown: '90,071,992,547,410.00',
    });
    // In 万元, 10^10 万元 is 10^14 元: beyond, and quoted as typed, not as fen digits.
    expect(readAmount('10000000000', undefined, UNITS['ten-thousand-yuan'])).toEqual({
      kind: 'invalid',
      shown: '10000000000',
    });
  });

  it('a numeric cell beyond the limit is quoted as Excel shows it, never expanded', () => {
    expect(readAmount(1e20, undefined, YUAN)).toEqual({ kind: 'invalid', shown: '1E+20' });
    expect(readAmount(1e300, undefined, YUAN)).toEqual({ kind: 'invalid', shown: '1E+300' });
    expect(readAmount(Infinity, undefined, YUAN)).toEqual({ kind: 'invalid', shown: 'Infinity' });
    expect(readAmount(1e-300, undefined, YUAN)).toMatchObject({ kind: 'amount', fen: 0 });
  });
});

describe("Excel's cell limit", () => {
  it('cuts a text beyond 32 767 characters with an ellipsis', () => {
    const long = 'x'.repeat(40_000);
    const capped = capCellText(long);
    expect(capped).toHaveLength(CELL_TEXT_LIMIT);
    expect(capped.endsWith('x…')).toBe(true);
    expect(capCellText('short')).toBe('short');
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'x'.repeat(CELL_TEXT_LIMIT - 2)}😀😀`;
    const capped = capCellText(text);
    expect(capped).toBe(`${'x'.repeat(CELL_TEXT_LIMIT - 2)}…`);
  });
});
