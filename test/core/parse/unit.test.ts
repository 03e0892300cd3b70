import { shownDecimalsOfFormat } from '../../../src/core/parse/numFmt';
import { unitInText, unitLine } from '../../../src/core/parse/unit';

describe('units', () => {
  it.each([
    ['金额（万元）', 'ten-thousand-yuan'],
    ['金额(元)', 'yuan'],
    ['标准（元/人）', 'yuan'],
    ['预算数（千元）', 'thousand-yuan'],
    ['Amount (10k yuan)', 'ten-thousand-yuan'],
    ['Amount (CNY)', 'yuan'],
    ['亿元', 'hundred-million-yuan'],
  ])('finds the unit in header %s', (text, unit) => {
    expect(unitInText(text)?.id).toBe(unit);
  });

  it('finds no unit in a plain header', () => {
    expect(unitInText('预算数')).toBeUndefined();
  });

  it.each([
    ['单位：万元', 'ten-thousand-yuan'],
    ['单位:元', 'yuan'],
    ['（单位：万元）', 'ten-thousand-yuan'],
    ['Unit: yuan', 'yuan'],
    ['unit: 10k yuan', 'ten-thousand-yuan'],
  ])('reads the unit line %s', (text, unit) => {
    expect(unitLine(text)?.id).toBe(unit);
  });

  it('does not take a title for a unit line', () => {
    expect(unitLine('2022年两节慰问资金发放明细（元）')).toBeUndefined();
  });
});

describe('shownDecimalsOfFormat', () => {
  it.each([
    ['0.00', 2],
    ['#,##0.0', 1],
    ['0', 0],
    ['#,##0.00_);[Red](#,##0.00)', 2],
    ['"¥"#,##0.000', 3],
    ['General', undefined],
    [undefined, undefined],
  ])('%s shows %s decimals', (format, decimals) => {
    expect(shownDecimalsOfFormat(format)).toBe(decimals);
  });
});
