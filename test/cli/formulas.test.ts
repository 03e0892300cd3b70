import { strFromU8, unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  ACTUAL_TOTAL_FEN,
  asOpenpyxlWrites,
  asXlsxWriterWrites,
  BUDGET_TOTAL_FEN,
  formulaWorkbookBytes,
  LINES,
  SHARED_COST_FEN,
  type FormulaVariant,
} from '../support/formulaWorkbook';
import { essentials, readReport, runCli, tempDir } from '../support/cli';

/** Integer fen as the report writes 元 with two decimals. */
const yuan = (fen: number): string =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

async function reconcileVariant(
  variant: FormulaVariant,
  language = 'zh-CN',
  formulas: Readonly<Record<string, string>> = {},
) {
  const folder = tempDir();
  const input = path.join(folder, `${variant}.xlsx`);
  writeFileSync(input, await formulaWorkbookBytes(variant, formulas));
  const json = path.join(folder, 'report.json');
  const result = await runCli([input, '--json', json, '--lang', language]);
  expect(result.stderr).toBe('');
  return { code: result.code, findings: readReport(json).findings };
}

const FIELDS = [
  'rule',
  'severity',
  'sheet',
  'cell',
  'related',
  'expected',
  'actual',
  'unit',
] as const;
const picked = (findings: Parameters<typeof essentials>[0]) => essentials(findings, [...FIELDS]);

describe('a workbook whose totals are formulas saved without results', () => {
  it('is written with <f> and no <v>, the 合计 shared across its row', async () => {
    const parts = unzipSync(new Uint8Array(await formulaWorkbookBytes('right')));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<c r="B8" s="1"><f t="shared" ref="B8:C8" si="0">SUM(B4:B7)</f></c>');
    expect(xml).toContain('<c r="C8" s="1"><f t="shared" si="0"/></c>');
    expect(xml).toContain('<c r="C7" s="1"><f>ROUND(9000/7*2,2)</f></c>');
    expect(xml).toContain('<c r="C6" s="1"><f>&apos;差旅 明细&apos;!B5</f></c>');
    expect(xml.match(/<f[^>]*>[^<]*<\/f><v>|<f[^>]*\/><v>/g)).toBeNull();
  });

  it('right totals (shared, ROUND, another sheet’s formula) give nothing, exit 0', async () => {
    const { code, findings } = await reconcileVariant('right');
    expect(findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('written as openpyxl writes formulas (<f>…</f><v/>), is evaluated all the same', async () => {
    const folder = tempDir();
    const input = path.join(folder, 'openpyxl.xlsx');
    const bytes = asOpenpyxlWrites(new Uint8Array(await formulaWorkbookBytes('wrong-total')));
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toContain(
      '<c r="C8" s="1"><f>SUM(C4:C7)+1</f><v/></c>',
    );
    writeFileSync(input, bytes);
    const json = path.join(folder, 'report.json');
    expect((await runCli([input, '--json', json])).code).toBe(1);
    expect(picked(readReport(json).findings)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '收支',
        cell: 'C8',
        related: ['C4:C7'],
        expected: yuan(ACTUAL_TOTAL_FEN),
        actual: yuan(ACTUAL_TOTAL_FEN + 100),
        unit: '元',
      },
    ]);
  });

  it('written as XlsxWriter does (cached 0, recalculate on open), is evaluated, not read as 0', async () => {
    const folder = tempDir();
    const input = path.join(folder, 'xlsxwriter.xlsx');
    const bytes = asXlsxWriterWrites(new Uint8Array(await formulaWorkbookBytes('right')));
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['xl/workbook.xml'])).toContain('fullCalcOnLoad="1"');
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).toContain(
      '<c r="C8" s="1"><f t="shared" si="0"/><v>0</v></c>',
    );
    writeFileSync(input, bytes);
    const json = path.join(folder, 'report.json');
    expect((await runCli([input, '--json', json])).code).toBe(0);
    expect(readReport(json).findings).toEqual([]);
  });

  it('a wrong total =SUM(C4:C7)+1 is a total-mismatch at it, against the evaluated lines', async () => {
    const { code, findings } = await reconcileVariant('wrong-total');
    expect(picked(findings)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '收支',
        cell: 'C8',
        related: ['C4:C7'],
        expected: yuan(ACTUAL_TOTAL_FEN),
        actual: yuan(ACTUAL_TOTAL_FEN + 100),
        unit: '元',
      },
    ]);
    expect(ACTUAL_TOTAL_FEN).toBe(1_987_143);
    expect(code).toBe(1);
  });

  it('a shared formula that leaves out a line is expanded to each cell and found in both', async () => {
    const { code, findings } = await reconcileVariant('shared-short');
    const short = (total: number) => ({
      rule: 'total-mismatch',
      severity: 'error',
      sheet: '收支',
      related: ['B4:B7'],
      expected: yuan(total),
      actual: yuan(total - LINES[3].budget),
      unit: '元',
    });
    expect(picked(findings)).toEqual([
      { ...short(BUDGET_TOTAL_FEN), cell: 'B8' },
      {
        ...short(ACTUAL_TOTAL_FEN),
        cell: 'C8',
        related: ['C4:C7'],
        actual: yuan(ACTUAL_TOTAL_FEN - SHARED_COST_FEN),
      },
    ]);
    expect(code).toBe(1);
  });

  it('a =SUM(C4:C4) total that skips lines is a total-mismatch against all of them', async () => {
    const { code, findings } = await reconcileVariant('right', 'zh-CN', { C8: 'SUM(C4:C4)' });
    expect(picked(findings)).toEqual([
      {
        rule: 'total-mismatch',
        severity: 'error',
        sheet: '收支',
        cell: 'C8',
        related: ['C4:C7'],
        expected: yuan(ACTUAL_TOTAL_FEN),
        actual: yuan(LINES[0].actual),
        unit: '元',
      },
    ]);
    // The formula is evidence of what its author meant: the message names the lines left out.
    expect(findings[0].message).toContain('公式只合计了 C4:C4，未包括 C5:C7');
    expect(code).toBe(1);
  });

  it('a VLOOKUP total is formula-not-evaluated (info), and no false error', async () => {
    const { code, findings } = await reconcileVariant('vlookup-total');
    expect(picked(findings)).toEqual([
      {
        rule: 'formula-not-evaluated',
        severity: 'info',
        sheet: '收支',
        cell: 'C8',
        related: [],
        expected: null,
        actual: null,
        unit: '元',
      },
    ]);
    expect(findings[0].message).toBe(
      '执行数列的公式没有保存计算结果，且使用了 VLOOKUP 函数（不是可直接核算的加减乘除），数值未知，相关合计未核对；请在 Excel 中打开并保存后再核对。',
    );
    expect(code).toBe(0);
  });

  it('a total that counts itself is reported as a circular formula, not judged', async () => {
    const { code, findings } = await reconcileVariant('cycle', 'en-US');
    expect(picked(findings)).toEqual([
      {
        rule: 'formula-not-evaluated',
        severity: 'info',
        sheet: '收支',
        cell: 'C8',
        related: [],
        expected: null,
        actual: null,
        unit: '元',
      },
    ]);
    expect(findings[0].message).toBe(
      'A formula in the 执行数 column was saved without its result and refers to itself, directly or through other cells (a circular reference): its figure is unknown and the totals over it were not checked.',
    );
    expect(code).toBe(0);
  });
});
