import { formatFen } from '../../../src/core/money/format';
import { UNITS, YUAN } from '../../../src/core/model/unit';
import { readAmount, readCount } from '../../../src/core/parse/amount';
import { parseNumberText } from '../../../src/core/parse/number';

function fenOf(text: string, unit = YUAN): number | string {
  const read = readAmount(text, undefined, unit);
  return read.kind === 'amount' ? read.fen : read.kind;
}

describe('parseNumberText / readAmount', () => {
  it.each([
    ['1,234.50', 123450],
    ['１２３４．５０', 123450],
    ['￥1,234.50', 123450],
    ['¥ 1,234.50', 123450],
    ['(1,234.50)', -123450],
    ['（1,234.50）', -123450],
    ['-1,234.5', -123450],
    ['1234', 123400],
    ['0.005', 1],
    ['0.004', 0],
    ['-0.005', -1],
    ['170400.00', 17040000],
  ])('reads %s as %d fen', (text, fen) => {
    expect(fenOf(text)).toBe(fen);
  });

  it('reads a text figure with its own unit in that unit', () => {
    expect(fenOf('15万元')).toBe(150_000_00);
    expect(fenOf('15万')).toBe(150_000_00);
    expect(fenOf('1.2亿元')).toBe(120_000_000_00);
    expect(fenOf('3千元')).toBe(3_000_00);
  });

  it('converts a figure in the column unit', () => {
    expect(fenOf('161.87', UNITS['ten-thousand-yuan'])).toBe(1_618_700_00);
  });

  it.each(['', ' ', '-', '—', '——', '无', '－'])('treats %j as blank', (text) => {
    expect(parseNumberText(text).kind).toBe('blank');
  });

  it.each(['一万五', 'abc', '1,23', '12..5', '#REF!', '1.2.3', '--5'])(
    'refuses %j rather than guess',
    (text) => {
      expect(parseNumberText(text).kind).toBe('invalid');
    },
  );

  it('reads a percentage as a ratio, never as money', () => {
    const parsed = parseNumberText('12.5%');
    expect(parsed).toMatchObject({ kind: 'number', percent: true });
    expect(readAmount('12.5%', undefined, YUAN).kind).toBe('invalid');
  });

  it('keeps the decimals a text shows', () => {
    expect(readAmount('1,234.50', undefined, YUAN)).toMatchObject({
      shownDecimals: 2,
      fromText: true,
    });
  });

  it('takes shown decimals of a numeric cell from its number format, else its own digits', () => {
    expect(readAmount(161.7, '0.00', YUAN)).toMatchObject({
      fen: 16170,
      shownDecimals: 2,
      fromText: false,
    });
    expect(readAmount(141.1, undefined, YUAN)).toMatchObject({ shownDecimals: 1 });
    expect(readAmount(15, '#,##0.00_);(#,##0.00)', YUAN)).toMatchObject({ shownDecimals: 2 });
  });

  it('reads a cached float such as 0.1 + 0.2 as Excel shows it', () => {
    expect(readAmount(0.1 + 0.2, undefined, YUAN)).toMatchObject({ fen: 30, shownDecimals: 1 });
  });

  it('reports an error cell as unreadable', () => {
    expect(readAmount({ error: '#REF!' }, undefined, YUAN)).toEqual({
      kind: 'invalid',
      shown: '#REF!',
    });
  });

  it('round-trips every fen amount through its decimal string', () => {
    for (const fen of [0, 1, -1, 99, 100, 123456789, -16186000]) {
      for (const unit of Object.values(UNITS)) {
        expect(fenOf(formatFen(fen, unit), unit)).toBe(fen);
      }
    }
  });
});

describe('readCount', () => {
  it('reads whole numbers, from cells or text', () => {
    expect(readCount(568)).toEqual({ kind: 'count', count: 568, fromText: false });
    expect(readCount('５６８人')).toEqual({ kind: 'count', count: 568, fromText: true });
    expect(readCount(null)).toEqual({ kind: 'blank' });
    expect(readCount('5.5').kind).toBe('invalid');
  });
});
