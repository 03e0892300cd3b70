import fc from 'fast-check';
import { divideHalfUp, percentage } from '../../../src/core/money/divide';

describe('divideHalfUp', () => {
  it('rounds halves away from zero', () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n);
    expect(divideHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideHalfUp(7n, 3n)).toBe(2n);
    expect(divideHalfUp(22040000n, 606n)).toBe(36370n);
  });

  it('is within half a unit of the exact quotient', () => {
    fc.assert(
      fc.property(fc.bigInt(-(10n ** 18n), 10n ** 18n), fc.bigInt(1n, 10n ** 9n), (n, d) => {
        const q = divideHalfUp(n, d);
        const error = 2n * (n - q * d);
        return error <= d && error >= -d;
      }),
    );
  });
});

describe('percentage', () => {
  it('gives two decimals, half up', () => {
    expect(percentage(15_000_000, 15_000_000)).toBe('100.00');
    expect(percentage(10_000_000, 12_000_000)).toBe('83.33');
    expect(percentage(2, 3)).toBe('66.67');
    expect(percentage(1, 0)).toBeUndefined();
  });
});
