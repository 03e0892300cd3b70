import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Finding } from '../../src/core/model/finding';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { buildWorkbook } from '../support/workbookSpec';
import { FIXTURES } from '../fixtures/cases';
import { essentials, FIXTURE_DIR, readReport, runCli, sha256, tempDir } from '../support/cli';

type Expected = Pick<
  Finding,
  'rule' | 'severity' | 'sheet' | 'cell' | 'related' | 'expected' | 'actual' | 'unit'
>;

/** Each fixture workbook and exactly what the command line must find in it. */
const EXPECTED: Readonly<Record<string, { exit: number; findings: Expected[] }>> = {
  'title-unit-header-row4': {
    exit: 1,
    findings: [
      // 印刷费 was topped up (追加) beyond its budget.
      {
        rule: 'over-budget',
        severity: 'error',
        sheet: '预算执行',
        cell: 'C6',
        related: ['B6'],
        expected: '3000.00',
        actual: '3200.00',
        unit: '元',
      },
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '预算执行',
        cell: 'C8',
        related: ['C5:C7'],
        expected: '9999.50',
        actual: '10000.00',
        unit: '元',
      },
    ],
  },
  'sections-any-order': {
    exit: 1,
    findings: [
      // 公用经费 executed 30.25 against a budget of 30.
      {
        rule: 'over-budget',
        severity: 'error',
        sheet: '部门预算',
        cell: 'C6',
        related: ['F6'],
        expected: '30.00',
        actual: '30.25',
        unit: '万元',
      },
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '部门预算',
        cell: 'F12',
        related: ['F10:F11'],
        expected: '105.00',
        actual: '104.00',
        unit: '万元',
      },
    ],
  },
  'english-headers': {
    exit: 1,
    findings: [
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: 'Budget',
        cell: 'D3',
        related: ['D4:D5'],
        expected: '910',
        actual: '900',
        unit: '元',
      },
    ],
  },
  'text-numbers': {
    exit: 1,
    findings: [
      {
        rule: 'number-as-text',
        severity: 'info',
        sheet: '支出',
        cell: 'B3',
        related: [],
        expected: '1234.50',
        actual: '1,234.50',
        unit: '元',
      },
      {
        rule: 'number-as-text',
        severity: 'info',
        sheet: '支出',
        cell: 'C3',
        related: [],
        expected: '1200.00',
        actual: '１，２００．００',
        unit: '元',
      },
      {
        rule: 'number-as-text',
        severity: 'info',
        sheet: '支出',
        cell: 'B4',
        related: [],
        expected: '2000.00',
        actual: '￥2,000.00',
        unit: '元',
      },
      // 2 100 executed against a budget of 2 000.
      {
        rule: 'over-budget',
        severity: 'error',
        sheet: '支出',
        cell: 'C4',
        related: ['B4'],
        expected: '2000.00',
        actual: '2100.00',
        unit: '元',
      },
      {
        rule: 'number-as-text',
        severity: 'info',
        sheet: '支出',
        cell: 'C4',
        related: [],
        expected: '2100.00',
        actual: '2,100.00',
        unit: '元',
      },
      {
        rule: 'number-as-text',
        severity: 'info',
        sheet: '支出',
        cell: 'C5',
        related: [],
        expected: '-100.00',
        actual: '(100.00)',
        unit: '元',
      },
      {
        rule: 'number-as-text',
        severity: 'info',
        sheet: '支出',
        cell: 'B6',
        related: [],
        expected: '3234.50',
        actual: '3,234.50',
        unit: '元',
      },
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '支出',
        cell: 'C6',
        related: ['C3:C5'],
        expected: '3200.00',
        actual: '3210.00',
        unit: '元',
      },
      {
        rule: 'number-as-text',
        severity: 'info',
        sheet: '支出',
        cell: 'C6',
        related: [],
        expected: '3210.00',
        actual: '3,210.00',
        unit: '元',
      },
    ],
  },
  'code-rollup': {
    exit: 1,
    findings: [
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '功能分类',
        cell: 'C7',
        related: ['C8:C9'],
        expected: '200000',
        actual: '150000',
        unit: '元',
      },
    ],
  },
  'mixed-units': {
    exit: 1,
    findings: [
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '项目明细',
        cell: 'B6',
        related: ['B4:B5'],
        expected: '118000',
        actual: '128000',
        unit: '元',
      },
    ],
  },
  'formula-cached': {
    exit: 1,
    findings: [
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '慰问',
        cell: 'B6',
        related: ['B3:B5'],
        expected: '650',
        actual: '300',
        unit: '元',
      },
    ],
  },
  'bad-cells': {
    exit: 1,
    findings: [
      {
        rule: 'not-a-number',
        severity: 'error',
        sheet: '预算',
        cell: 'C3',
        related: [],
        expected: null,
        actual: '#REF!',
        unit: '元',
      },
      {
        rule: 'not-a-number',
        severity: 'error',
        sheet: '预算',
        cell: 'B4',
        related: [],
        expected: null,
        actual: '一万五',
        unit: '元',
      },
    ],
  },
};

const OFFICIAL: Readonly<Record<string, { exit: number; findings: Expected[] }>> = {
  // One wrong 款 row (行政事业单位养老支出 +1.00 in 基本支出 and 合计): reported at that row in
  // each column it affects, its 类 and the 合计 row judged against the true figures.
  'official-05-wrong-kuan': {
    exit: 1,
    findings: ['E', 'F'].map((col) => ({
      rule: 'total-mismatch' as const,
      severity: 'error' as const,
      sheet: '公开05表',
      cell: `${col}14`,
      related: [`${col}15:${col}16`],
      expected: '22.12',
      actual: '23.12',
      unit: '万元',
    })),
  },
  'official-01-06-clean': { exit: 0, findings: [] },
  'official-01-unbalanced': {
    exit: 1,
    findings: [
      {
        rule: 'balance-mismatch',
        severity: 'error',
        sheet: '公开01表',
        cell: 'F13',
        related: ['C13'],
        expected: '176.87',
        actual: '177.59',
        unit: '万元',
      },
    ],
  },
  'official-07-wrong-total': {
    exit: 1,
    findings: [
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '公开07表',
        cell: 'A7',
        related: ['B7:C7', 'F7'],
        expected: '1.20',
        actual: '1.30',
        unit: '万元',
      },
    ],
  },
  'official-07-vertical-clean': { exit: 0, findings: [] },
  'official-budget-wrong-row-total': {
    exit: 1,
    findings: [
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '一般公共预算支出表',
        cell: 'C7',
        related: ['D7', 'G7'],
        expected: '139.00',
        actual: '139.10',
        unit: '万元',
      },
    ],
  },
  'official-self-evaluation-clean': { exit: 0, findings: [] },
};

describe('fixture workbooks', () => {
  it('has an expectation for every fixture', () => {
    expect(Object.keys({ ...EXPECTED, ...OFFICIAL }).sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  for (const [name, expected] of Object.entries({ ...EXPECTED, ...OFFICIAL })) {
    it(`${name}: exactly the planted findings, exit ${expected.exit}`, async () => {
      const input = path.join(FIXTURE_DIR, `${name}.xlsx`);
      const before = sha256(input);
      const json = path.join(tempDir(), 'report.json');
      const result = await runCli([input, '--json', json]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(expected.exit);
      const findings = essentials(readReport(json).findings, [
        'rule',
        'severity',
        'sheet',
        'cell',
        'related',
        'expected',
        'actual',
        'unit',
      ]);
      expect(findings).toEqual(expected.findings);
      expect(sha256(input)).toBe(before);
    });
  }

  it('the committed fixture files are what cases.ts describes', async () => {
    for (const [name, spec] of Object.entries(FIXTURES)) {
      const committed = new ExcelJS.Workbook();
      await committed.xlsx.readFile(path.join(FIXTURE_DIR, `${name}.xlsx`));
      const rebuilt = new ExcelJS.Workbook();
      await rebuilt.xlsx.load(await buildWorkbook(spec).xlsx.writeBuffer());
      expect(workbookGridOf(committed)).toEqual(workbookGridOf(rebuilt));
    }
  });
});

describe('a formula total whose cached result is 0', () => {
  it('is checked like any other figure, by both readers', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'zero.xlsx');
    await buildWorkbook({
      sheets: [
        {
          name: '退款',
          rows: [
            ['单位：元'],
            ['项目', '执行数'],
            ['退回一', 100],
            ['退回二', 200],
            ['合计', { f: 'SUM(B5:B6)', result: 0 }],
          ],
        },
      ],
    }).xlsx.writeFile(file);
    for (const extra of [[], ['--out', path.join(folder, 'annotated.xlsx')]]) {
      const json = path.join(folder, 'report.json');
      expect((await runCli([file, '--json', json, ...extra])).code).toBe(1);
      expect(readReport(json).findings).toMatchObject([
        { rule: 'total-mismatch', cell: 'B5', expected: '300', actual: '0' },
      ]);
    }
  });
});
