import { reconcile } from '../../../src/core/reconcile';
import { buildNarrative, summaryInputOf } from '../../../src/core/summary';
import { workbookGridOf } from '../../../src/xlsx/exceljsGrid';
import { buildWorkbook } from '../../support/workbookSpec';
import { gongkai05 } from '../../fixtures/official/gongkai05';
import {
  budgetTable,
  selfEvaluation,
  SHEET_BUDGET,
  SHEET_SELF,
} from '../../fixtures/official/budgetForms';
import { basicSpending, statement, SHEET_01, SHEET_06 } from '../../fixtures/official/statements';
import {
  SHEET_07,
  threePublicHorizontal,
  threePublicVertical,
} from '../../fixtures/official/threePublic';
import type { HeaderStyle } from '../../fixtures/official/model';
import { essentialOf, findingsOfSpec, SETTINGS } from '../../support/officialRun';
import type { SheetSpec } from '../../support/workbookSpec';

const STYLES: readonly HeaderStyle[] = ['merged', 'blank', 'repeated'];

function findings(sheet: SheetSpec, setting = SETTINGS[0]) {
  return findingsOfSpec({ sheets: [sheet] }, setting).map(essentialOf);
}

/** Every clean variant gives nothing, in both languages, strict or not. */
const CLEAN: ReadonlyArray<readonly [string, () => SheetSpec]> = [
  ...STYLES.map(
    (header) => [`收支总表 halves (${header})`, () => statement({ header }).sheet] as const,
  ),
  ['基本支出决算表 halves', () => basicSpending().sheet],
  ...STYLES.map(
    (header) =>
      [`三公 horizontal (${header})`, () => threePublicHorizontal({ header }).sheet] as const,
  ),
  ['三公 vertical, 合计 first', () => threePublicVertical().sheet],
  ...STYLES.flatMap((header) =>
    [true, false].map(
      (codeAsNumber) =>
        [
          `2023年预算数 table (${header}, codes as ${codeAsNumber ? 'numbers' : 'text'})`,
          () => budgetTable({ header, codeAsNumber }).sheet,
        ] as const,
    ),
  ),
  ['项目支出绩效自评表', () => selfEvaluation().sheet],
];

describe('official tables, clean', () => {
  it.each(
    CLEAN.flatMap(([name, make]) =>
      SETTINGS.map(
        (setting) =>
          [
            `${name}, ${setting.language}${setting.strict ? ' strict' : ''}`,
            make,
            setting,
          ] as const,
      ),
    ),
  )('%s: no finding', (_, make, setting) => {
    expect(findings(make(), setting)).toEqual([]);
  });
});

describe('official tables, with a planted error', () => {
  it('收支总表: a wrong 支出 line is found at 本年支出合计, on the 支出 half only', () => {
    const { sheet, spendingRow, spendingTotalRow } = statement({
      header: 'merged',
      plantSpending: 100,
    });
    expect(findings(sheet)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_01,
        cell: `F${spendingTotalRow + 1}`,
        related: [`F${spendingRow + 1}:F${spendingRow + 4}`],
        expected: '177.87',
        actual: '176.87',
      },
    ]);
  });

  it('基本支出决算表: a wrong 公用经费 line is found at its 类, right half', () => {
    const { sheet } = basicSpending({ plantOperating: 100 });
    expect(findings(sheet)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_06,
        cell: 'F6',
        related: ['F7:F12'],
        expected: '21.76',
        actual: '20.76',
      },
    ]);
  });

  it.each(STYLES)('三公 horizontal (%s): a wrong 合计 across the row', (header) => {
    const { sheet, dataRow } = threePublicHorizontal({ header, plantTotal: 10 });
    expect(findings(sheet)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_07,
        cell: `A${dataRow + 1}`,
        related: [`B${dataRow + 1}:C${dataRow + 1}`, `F${dataRow + 1}`],
        expected: '1.20',
        actual: '1.30',
      },
    ]);
  });

  it('三公 vertical: 合计 first is judged against the lines below it', () => {
    const { sheet, rows } = threePublicVertical({ plantReception: 10 });
    const total = rows['合计'] + 1;
    const lines = `${rows['1.因公出国（境）费用'] + 1}:`;
    const last = rows['3.公务用车费'] + 1;
    expect(findings(sheet)).toEqual(
      ['B', 'C'].map((col) => ({
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_07,
        cell: `${col}${total}`,
        related: [`${col}${lines.slice(0, -1)}:${col}${last}`],
        expected: '1.30',
        actual: '1.20',
      })),
    );
  });

  it.each(STYLES)('2023年预算数 table (%s): one wrong horizontal 合计', (header) => {
    const { sheet, layout } = budgetTable({
      header,
      codeAsNumber: false,
      plantRowTotal: { code: '2012901', by: 10 },
    });
    const row = (layout.rowOf.get('2012901') ?? 0) + 1;
    expect(findings(sheet)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_BUDGET,
        cell: `C${row}`,
        related: [`D${row}`, `G${row}`],
        expected: '139.00',
        actual: '139.10',
      },
    ]);
  });

  it('2023年预算数 table: a detail figure breaking its row 小计 and the 合计 row is reported once, where they cross', () => {
    const { sheet, layout } = budgetTable({
      header: 'merged',
      codeAsNumber: false,
      plantPersonnel: { code: '2012901', by: 10 },
    });
    const row = (layout.rowOf.get('2012901') ?? 0) + 1;
    expect(findings(sheet)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_BUDGET,
        cell: `E${row}`,
        related: [`D${row}`, `E${layout.totalRow + 1}`],
        expected: '118.00',
        actual: '118.10',
      },
    ]);
  });

  it('项目支出绩效自评表: 年度资金总额 against its 其中 lines, the 绩效指标 table never read as figures', () => {
    const { sheet, totalRow } = selfEvaluation({ plantActual: 10 });
    expect(findings(sheet)).toEqual([
      // Executed beyond the adjusted budget (全年预算数), not only the opening one (年初预算数).
      {
        rule: 'over-budget',
        severity: 'error',
        sheet: SHEET_SELF,
        cell: `D${totalRow + 1}`,
        related: [`C${totalRow + 1}`],
        expected: '15.00',
        actual: '15.10',
      },
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: SHEET_SELF,
        cell: `D${totalRow + 1}`,
        related: [`D${totalRow + 2}:D${totalRow + 4}`],
        expected: '15.00',
        actual: '15.10',
      },
    ]);
  });
});

describe('labels propose, figures choose', () => {
  const numbered = (lines: ReadonlyArray<readonly [string, number | null]>): SheetSpec => ({
    name: '三公',
    rows: [
      ['单位：万元', null],
      ['项目', '决算数'],
      ...lines.map(([label, value]) => [label, value]),
    ],
  });

  it('nests (1) (2) under 3. where that reading makes the totals agree, and then checks it', () => {
    const sheet = numbered([
      ['合计', 1.2],
      ['1.因公出国（境）费', null],
      ['2.公务接待费', 0.7],
      ['3.公务用车费', 0.5],
      ['(1)公务用车运行维护费', 0.5],
      ['(2)公务用车购置费', null],
    ]);
    expect(findings(sheet)).toEqual([]);
    const wrong = { ...sheet, rows: sheet.rows.map((row, i) => (i === 6 ? [row[0], 0.9] : row)) };
    expect(findings(wrong)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '三公',
        cell: 'B6',
        related: ['B7:B8'],
        expected: '0.9',
        actual: '0.5',
      },
    ]);
  });

  it('reports a table the two readings disagree on as unread, never as false errors', () => {
    // Flat, 合计 20 is wrong (the lines give 9); nested, 差旅费 2 and 合计 20 are (its part gives
    // 5, the lines 6): one fit each, different errors.
    const sheet = numbered([
      ['合计', 20],
      ['1.办公费', 1],
      ['(1)印刷费', 1],
      ['2.差旅费', 2],
      ['(1)市内交通费', 5],
    ]);
    const found = findingsOfSpec({ sheets: [sheet] });
    expect(found.map(essentialOf)).toEqual([
      {
        rule: 'unread-table',
        severity: 'info',
        sheet: '三公',
        cell: 'A2',
        related: [],
        expected: null,
        actual: null,
      },
    ]);
    expect(found[0].message).toContain('A2:B7');
  });
});

describe('cross-table-mismatch', () => {
  const seedSpending = () =>
    gongkai05({
      header: 'merged',
      codes: 'split-own',
      unit: '万元',
      numbering: true,
      blankColumn: false,
    });

  it('基本支出 161.87 against 人员经费合计 141.10 + 公用经费合计 20.76: the seed’s rounding difference', () => {
    const { sheet: spending, layout } = seedSpending();
    const { sheet: basic, totalRow } = basicSpending();
    const found = findingsOfSpec({ sheets: [spending, basic] });
    expect(found.map(essentialOf)).toEqual([
      {
        rule: 'cross-table-mismatch',
        severity: 'warning',
        sheet: '公开05表',
        cell: `F${layout.totalRow + 1}`,
        related: [`${SHEET_06}!C${totalRow + 1}`, `${SHEET_06}!F${totalRow + 1}`],
        expected: '161.86',
        actual: '161.87',
      },
    ]);
    expect(found[0].message).toBe(
      '一般公共预算财政拨款支出决算表列示基本支出 161.87 万元，基本支出决算表的人员经费合计 141.10 万元 与公用经费合计 20.76 万元 之和为 161.86 万元，相差 0.01 万元，在尾差容许范围（±0.015 万元）内，属四舍五入尾差。',
    );
  });

  it('with 161.70 typed there, an error; strict turns the seed’s rounding into an error', () => {
    const { sheet: basic } = basicSpending();
    const { sheet: spending, layout } = seedSpending();
    const cell = `F${layout.totalRow + 1}`;
    const typed = {
      ...spending,
      rows: spending.rows.map((row, r) =>
        r === layout.totalRow
          ? row.map((value, c) => (c === layout.basicCol ? { v: 161.7, fmt: '0.00' } : value))
          : row,
      ),
    };
    const found = findingsOfSpec({ sheets: [typed, basic] }).map(essentialOf);
    expect(found.filter((f) => f.rule === 'cross-table-mismatch')).toEqual([
      expect.objectContaining({ severity: 'error', cell, expected: '161.86', actual: '161.70' }),
    ]);
    expect(
      findingsOfSpec({ sheets: [spending, basic] }, { strict: true }).map(essentialOf),
    ).toEqual([expect.objectContaining({ rule: 'cross-table-mismatch', severity: 'error', cell })]);
  });

  it('is silent where the two tables agree, and where only one of them is in the workbook', () => {
    const { sheet: spending } = seedSpending();
    expect(findingsOfSpec({ sheets: [spending] })).toEqual([]);
    expect(findingsOfSpec({ sheets: [basicSpending().sheet] })).toEqual([]);
  });
});

describe('the narrative follows the official tables', () => {
  it('opens as the seed report’s section 二 does, each figure from the table that states it', () => {
    const spending = gongkai05({
      header: 'merged',
      codes: 'split-own',
      unit: '万元',
      numbering: true,
      blankColumn: false,
    }).sheet;
    const workbook = {
      sheets: [statement({ header: 'merged' }).sheet, spending, basicSpending().sheet],
    };
    const grid = workbookGridOf(buildWorkbook(workbook));
    const narrative = (language: 'zh-CN' | 'en-US') => {
      const result = reconcile(grid, { language });
      return buildNarrative(
        summaryInputOf(result.model, result.findings, { checks: result.checks }),
        language,
      );
    };
    expect(narrative('zh-CN')[0]).toBe(
      '2022年度单位一般公共预算财政拨款收入176.87万元，支出176.87万元，其中：项目支出15万元，基本支出161.87万元，其中：人员经费141.1万元，公用经费20.76万元。',
    );
    expect(narrative('en-US')[0]).toBe(
      "In 2022, the unit's general public budget appropriations came to income of 176.87 (10k yuan) and spending of 176.87 (10k yuan); of which project expenditure 15 (10k yuan) and basic expenditure 161.87 (10k yuan); of which personnel 141.1 (10k yuan) and operating 20.76 (10k yuan).",
    );
  });
});
