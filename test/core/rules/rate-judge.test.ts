import { ratio } from '../../../src/core/money/ratio';
import { readPercent, readPlain } from '../../../src/core/parse/rate';
import { amountBound, judge, percentRange } from '../../../src/core/rules/rates/judge';
import { UNITS } from '../../../src/core/model/unit';

const TEN_THOUSAND_YUAN = UNITS['ten-thousand-yuan'];

describe('reading a stated rate', () => {
  it('understands 95% typed as text, 95.00 under （%）, 0.95 under a % format, as 95 %', () => {
    expect(readPercent('95%', undefined, false)).toEqual({
      value: ratio(95n, 1n),
      shownDecimals: 0,
    });
    expect(readPercent(95, '0.00', true)).toEqual({ value: ratio(95n, 1n), shownDecimals: 2 });
    expect(readPercent(0.95, '0.00%', false)).toEqual({
      value: ratio(9500n, 100n),
      shownDecimals: 2,
    });
    expect(readPercent('９５．００％', undefined, false)).toEqual({
      value: ratio(9500n, 100n),
      shownDecimals: 2,
    });
  });

  it('reads no bare number under no %: 0.95 and 95 would both be guesses', () => {
    expect(readPercent(0.95, undefined, false)).toBe('unread');
    expect(readPercent('95', undefined, false)).toBe('unread');
    expect(readPercent(null, undefined, true)).toBe('blank');
    expect(readPercent('-', undefined, true)).toBe('blank');
    expect(readPercent('15万元', undefined, true)).toBe('unread');
  });

  it('reads 分值 and 得分 as plain numbers, never a percentage', () => {
    expect(readPlain(9.5, undefined)).toEqual({ value: ratio(95n, 10n), shownDecimals: 1 });
    expect(readPlain('10', undefined)).toEqual({ value: ratio(10n, 1n), shownDecimals: 0 });
    expect(readPlain('10%', undefined)).toBe('unread');
  });
});

describe('judging a stated rate against its recomputation', () => {
  const shown = (value: bigint, decimals: number) => ({
    value: ratio(value, 10n ** BigInt(decimals)),
    shownDecimals: decimals,
  });

  it('a rate equal to the recomputation rounded to its own decimals is right: −33.89 for −33.888…', () => {
    expect(judge(shown(-3389n, 2), ratio(-305n, 9n), undefined, true)).toBeUndefined();
  });

  it('a larger difference the inputs’ shown decimals explain is rounding; beyond, an error', () => {
    // 1 ÷ 3 万元 shown without decimals: anything from 0.5 ÷ 3.5 to 1.5 ÷ 2.5 (14.29 … 60 %).
    const unit = TEN_THOUSAND_YUAN;
    const actual = amountBound({ fen: 1_000_000, shownDecimals: 0, unit });
    const budget = amountBound({ fen: 3_000_000, shownDecimals: 0, unit });
    const range = percentRange(actual, budget);
    const exact = ratio(100n, 3n);
    expect(judge(shown(3350n, 2), exact, range, false)).toEqual({
      severity: 'warning',
      rounding: true,
      expected: '33.33',
      actual: '33.50',
      difference: '0.17',
    });
    expect(judge(shown(3350n, 2), exact, range, true)?.severity).toBe('error');
    expect(judge(shown(7000n, 2), exact, range, false)).toEqual({
      severity: 'error',
      rounding: false,
      expected: '33.33',
      actual: '70.00',
      difference: '36.67',
    });
  });

  it('a denominator that may have been zero bounds nothing', () => {
    const unit = TEN_THOUSAND_YUAN;
    const tiny = amountBound({ fen: 0, shownDecimals: 0, unit });
    expect(percentRange(tiny, tiny)).toBeUndefined();
  });
});
