import ExcelJS from 'exceljs';
import { reconcile, type ReconcileResult } from '../../src/core/reconcile';
import type { Finding } from '../../src/core/model/finding';
import { reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { SimRange } from '../excel-sim';
import { simPort } from '../excel-sim/harness';
import { documentFromWorkbook } from '../excel-sim/xlsx';
import { formulaWorkbookBytes, type FormulaVariant } from '../support/formulaWorkbook';
import { ADAPTERS, EXCEL_ADAPTER, XLSX_ADAPTER } from './adapters';

/**
 * Formulas saved without results: the command line evaluates plain arithmetic itself, Excel
 * calculates on open (the simulator models it, in floating point). For plain arithmetic both
 * front ends must find exactly the same; beyond it they differ by design (see the last tests).
 */
async function load(variant: FormulaVariant): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await formulaWorkbookBytes(variant)) as unknown as ExcelJS.Buffer);
  return workbook;
}

async function findingsThrough(
  adapter: (typeof ADAPTERS)[number],
  variant: FormulaVariant,
): Promise<readonly Finding[]> {
  const result: ReconcileResult = await reconcileWorkbook(adapter.open(await load(variant)).port);
  return result.findings;
}

const brief = (findings: readonly Finding[]) =>
  findings.map(
    (f) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell} ${f.expected ?? ''}/${f.actual ?? ''}`,
  );

describe('contract: formulas without cached results (plain arithmetic)', () => {
  it.each<[FormulaVariant, string[]]>([
    ['right', []],
    ['wrong-total', ['total-mismatch error 收支!C8 19871.43/19872.43']],
    [
      'shared-short',
      [
        'total-mismatch error 收支!B8 20071.93/17500.50',
        'total-mismatch error 收支!C8 19871.43/17300.00',
      ],
    ],
  ])('%s: the same findings from the fast reader, ExcelJS and Excel', async (variant, expected) => {
    const [xlsx, excel] = await Promise.all(
      ADAPTERS.map((adapter) => findingsThrough(adapter, variant)),
    );
    const fast = reconcile(
      readWorkbookGrid(new Uint8Array(await formulaWorkbookBytes(variant))),
    ).findings;
    expect(brief(xlsx)).toEqual(expected);
    expect(excel).toEqual(xlsx);
    expect(fast).toEqual(xlsx);
  });
});

describe('the simulator calculates on open, as Excel does', () => {
  it('shows calculated values and keeps the formulas (Range.formulas)', async () => {
    const doc = documentFromWorkbook(await load('right'));
    const { host } = simPort(doc);
    await host.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('收支').getRange('B6:C8');
      range.load('values,formulas');
      await context.sync();
      expect(range).toBeInstanceOf(SimRange);
      expect(range.values).toEqual([
        [2500, 2500],
        [2571.43, 2571.43],
        [20071.93, 19871.43],
      ]);
      expect(range.formulas).toEqual([
        [2500, "='差旅 明细'!B5"],
        [2571.43, '=ROUND(9000/7*2,2)'],
        ['=SUM(B4:B7)', '=SUM(C4:C7)'],
      ]);
    });
  });

  it('beyond plain arithmetic the front ends differ by design: Excel has the VLOOKUP’s value', async () => {
    expect(await findingsThrough(EXCEL_ADAPTER, 'vlookup-total')).toEqual([]);
    expect(brief(await findingsThrough(XLSX_ADAPTER, 'vlookup-total'))).toEqual([
      'formula-not-evaluated info 收支!C8 /',
    ]);
  });
});
