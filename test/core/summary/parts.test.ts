import fc from 'fast-check';
import { LUOSONG_EXAMPLE } from '../../../examples/luosong';
import { detectWorkbook } from '../../../src/core/detect';
import { percentOf } from '../../../src/core/money/percent';
import {
  findYear,
  internalLinkTarget,
  projectFiguresOf,
  sheetNameFor,
  wrappedLines,
} from '../../../src/core/summary';
import { workbookGridOf } from '../../../src/xlsx/exceljsGrid';
import { grid } from '../../support/ruleTester';
import { buildWorkbook } from '../../support/workbookSpec';

const example = () => detectWorkbook(workbookGridOf(buildWorkbook(LUOSONG_EXAMPLE)));

describe('percentOf', () => {
  it('rounds half up to two places and drops trailing zeros', () => {
    expect(percentOf(150_000_00, 150_000_00)).toBe('100');
    expect(percentOf(145_000_00, 150_000_00)).toBe('96.67');
    expect(percentOf(1, 8)).toBe('12.5');
    expect(percentOf(1, 200_000)).toBe('0');
    expect(percentOf(1, 0)).toBeUndefined();
  });

  it('is exact for any fen amounts (integer arithmetic only)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (a, b) => {
        const shown = percentOf(a, b) ?? '';
        const [whole, fraction = ''] = shown.split('.');
        const hundredths = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
        // |shown − exact| ≤ half a hundredth: |hundredths × b − a × 10 000| × 2 ≤ b.
        const error = hundredths * BigInt(b) - BigInt(a) * 10_000n;
        expect((error < 0n ? -error : error) * 2n <= BigInt(b)).toBe(true);
      }),
    );
  });
});

describe('findYear', () => {
  it('reads the year from a title, budget sheets first', () => {
    expect(findYear(example())).toBe('2022');
  });

  it('falls back to the sheet name and never guesses', () => {
    const rows = [
      ['项目', '预算数', '执行数'],
      ['办公费', 1, 1],
    ];
    expect(findYear(detectWorkbook({ sheets: [grid({ name: '2021年预算', rows })] }))).toBe('2021');
    expect(findYear(detectWorkbook({ sheets: [grid({ name: '预算', rows })] }))).toBeUndefined();
    const coded = [
      ['科目编码', '项目', '预算数'],
      [2010101, '行政运行', 1],
    ];
    expect(
      findYear(detectWorkbook({ sheets: [grid({ name: '预算', rows: coded })] })),
    ).toBeUndefined();
  });
});

describe('sheetNameFor', () => {
  it("keeps the preferred name unless a user's sheet holds it", () => {
    expect(sheetNameFor('对账摘要', ['预算'], [])).toBe('对账摘要');
    expect(sheetNameFor('对账摘要', ['对账摘要'], [])).toBe('对账摘要 (2)');
    expect(sheetNameFor('对账摘要', ['对账摘要', '对账摘要 (2)'], ['对账摘要 (2)'])).toBe(
      '对账摘要 (2)',
    );
    expect(sheetNameFor('Summary', ['SUMMARY'], [])).toBe('Summary (2)');
  });
});

describe('layout text helpers', () => {
  it('quotes sheet names in link targets', () => {
    expect(internalLinkTarget({ sheet: "O'Brien 表", cell: 'D5' })).toBe("'O''Brien 表'!D5");
  });

  it('counts CJK characters double when estimating wrapped lines', () => {
    expect(wrappedLines('一二三四五', 10)).toBe(2);
    expect(wrappedLines('abcde', 10)).toBe(1);
    expect(wrappedLines('a\nb', 10)).toBe(2);
  });
});

describe('projectFiguresOf', () => {
  it("takes the reports' projects with the figures as the budget sheet states them", () => {
    const report = {
      budget: '150000.00',
      actual: '150000.00',
      disbursed: '220400.00',
      executionRate: '100.00',
      headcount: 606,
      perCapita: '363.70',
    };
    const [known, unknown] = projectFiguresOf(
      [
        { name: '两节慰问专项资金', ...report },
        { name: '送清凉', ...report, budget: '100000.00' },
      ],
      example(),
    );
    expect(known.name).toBe('两节慰问');
    expect(known.budget).toMatchObject({ fen: 15_000_000, shownDecimals: 0 });
    expect(known.lines.map((line) => line.group)).toEqual(['困难职工', '劳模']);
    expect(unknown).toMatchObject({
      name: '送清凉',
      budget: { fen: 10_000_000, shownDecimals: 2 },
    });
  });
});
