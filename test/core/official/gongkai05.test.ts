import { toA1 } from '../../../src/core/model/address';
import { decimal } from '../../fixtures/official/model';
import { gongkai05, SHEET_05, type Gongkai05Options } from '../../fixtures/official/gongkai05';
import { essentialOf, findingsOfSpec, SETTINGS } from '../../support/officialRun';

/** The ways real files vary the same table. */
const VARIANTS: ReadonlyArray<Gongkai05Options> = [
  { header: 'merged', codes: 'split-own', unit: '万元', numbering: true, blankColumn: false },
  { header: 'blank', codes: 'split-new', unit: '万元', numbering: false, blankColumn: false },
  { header: 'repeated', codes: 'split-full', unit: '元', numbering: true, blankColumn: true },
  { header: 'merged', codes: 'single-text', unit: '万元', numbering: false, blankColumn: true },
  { header: 'blank', codes: 'single-number', unit: '元', numbering: true, blankColumn: false },
  { header: 'merged', codes: 'split-own', unit: '元', numbering: false, blankColumn: false },
];

const name = (options: Gongkai05Options): string =>
  `${options.header} header, ${options.codes} codes, ${options.unit}${options.numbering ? ', 栏次' : ''}${options.blankColumn ? ', blank column' : ''}`;

describe('公开05表 (一般公共预算财政拨款支出决算表)', () => {
  describe.each(VARIANTS.map((options) => [name(options), options] as const))(
    '%s',
    (_, options) => {
      it.each(
        SETTINGS.map(
          (setting) => [`${setting.language}${setting.strict ? ' strict' : ''}`, setting] as const,
        ),
      )('is clean: no finding (%s)', (__, setting) => {
        const { sheet } = gongkai05(options);
        expect(findingsOfSpec({ sheets: [sheet] }, setting).map(essentialOf)).toEqual([]);
      });

      it('finds a wrong 款 row at that row in every figure column it affects', () => {
        const { sheet, layout } = gongkai05({ ...options, plant: { code: '20805', by: 100 } });
        const row = layout.rowOf.get('20805') ?? -1;
        const scale = options.unit === '万元' ? 1 : 10000;
        const items = [layout.rowOf.get('2080505') ?? -1, layout.rowOf.get('2080506') ?? -1];
        const range = (col: number): string => `${toA1(items[0], col)}:${toA1(items[1], col)}`;
        const wrong = (col: number) => ({
          rule: 'total-mismatch',
          severity: 'error',
          sheet: SHEET_05,
          cell: toA1(row, col),
          related: [range(col)],
          expected: decimal(2212 * scale),
          actual: decimal(2312 * scale),
        });
        expect(findingsOfSpec({ sheets: [sheet] }).map(essentialOf)).toEqual([
          wrong(layout.totalCol),
          wrong(layout.basicCol),
        ]);
      });
    },
  );
});
