import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Workbooks whose totals are formulas saved WITHOUT cached results, as openpyxl or ExcelJS
 * scripts write them (`<f>` and no `<v>`: ExcelJS writes no `<v>` for a formula without a
 * `result`). Every figure comes from an integer-fen model, so the expected sums are integers.
 *
 * 收支 (单位：元): 项目 | 预算数 | 执行数, four lines and a 合计 row. The 合计 is `SUM(B4:B7)`
 * in B8, shared across to C8 (`t="shared"`: C8 holds no text of its own). The 差旅费 line's
 * 执行数 is `'差旅 明细'!B5` on another sheet (quoted name), itself `SUM(B2:B4)` without a
 * result; the 分摊费用 line's 执行数 is `ROUND(9000/7*2,2)`.
 */
export type FormulaVariant =
  /** Every formula right: nothing to find. */
  | 'right'
  /** C8 is `SUM(C4:C7)+1`: one yuan too many. */
  | 'wrong-total'
  /** B8 is `SUM(B4:B6)`, shared to C8: both leave out the 分摊费用 line. */
  | 'shared-short'
  /** C8 is `VLOOKUP(A8,汇总!A:B,2,FALSE)` from a 汇总 sheet: not plain arithmetic. */
  | 'vlookup-total'
  /** C8 is `SUM(C4:C8)`: it counts itself. */
  | 'cycle';

export const SHEET = '收支';
export const DETAIL_SHEET = '差旅 明细';
/** The sheet a VLOOKUP total looks its figure up in (the right figure, typed). */
export const SUMMARY_SHEET = '汇总';

/** The lines in fen: budget and, where typed, actual (差旅费 and 分摊费用 are formulas). */
export const LINES = [
  { item: '办公费', budget: 1_200_050, actual: 1_180_025 },
  { item: '印刷费', budget: 300_000, actual: 299_975 },
  { item: '差旅费', budget: 250_000, actual: undefined },
  { item: '分摊费用', budget: 257_143, actual: undefined },
] as const;

/** The 差旅 明细 trips in fen, summed by its own formula. */
export const TRIPS = [120_050, 80_000, 49_950] as const;

/** ROUND(9000/7*2, 2) = ROUND(2571.428571…, 2) = 2571.43 元. */
export const SHARED_COST_FEN = 257_143;

const yuan = (fen: number): number => fen / 100;
const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);

/** The 执行数 of each line in fen, as Excel would calculate them. */
export function actualFen(): number[] {
  return LINES.map((line, index) =>
    index === 2 ? sum(TRIPS) : index === 3 ? SHARED_COST_FEN : (line.actual ?? 0),
  );
}

export const BUDGET_TOTAL_FEN = sum(LINES.map((line) => line.budget));
export const ACTUAL_TOTAL_FEN = sum(actualFen());

function totalFormula(
  variant: FormulaVariant,
): ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  switch (variant) {
    case 'wrong-total':
      return { formula: 'SUM(C4:C7)+1', date1904: false };
    case 'vlookup-total':
      return { formula: `VLOOKUP(A8,${SUMMARY_SHEET}!A:B,2,FALSE)`, date1904: false };
    case 'cycle':
      return { formula: 'SUM(C4:C8)', date1904: false };
    default:
      return { sharedFormula: 'B8', date1904: false };
  }
}

/**
 * @param variant which totals are planted
 * @param formulas more formulas on 收支 by A1 (`{ C8: 'SUM(C4:C4)' }`), saved without results too
 */
export function formulaWorkbook(
  variant: FormulaVariant,
  formulas: Readonly<Record<string, string>> = {},
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2024, 0, 1));
  const sheet = workbook.addWorksheet(SHEET);
  sheet.addRow(['某单位2023年预算执行情况表']);
  sheet.addRow(['单位：元']);
  sheet.addRow(['项目', '预算数', '执行数']);
  LINES.forEach((line, index) => {
    const row = sheet.getRow(4 + index);
    row.getCell(1).value = line.item;
    row.getCell(2).value = yuan(line.budget);
    if (line.actual !== undefined) row.getCell(3).value = yuan(line.actual);
  });
  sheet.getCell('C6').value = { formula: `'${DETAIL_SHEET}'!B5`, date1904: false };
  sheet.getCell('C7').value = { formula: 'ROUND(9000/7*2,2)', date1904: false };
  sheet.getCell('A8').value = '合计';
  sheet.getCell('B8').value = {
    formula: variant === 'shared-short' ? 'SUM(B4:B6)' : 'SUM(B4:B7)',
    date1904: false,
  };
  sheet.getCell('C8').value = totalFormula(variant);
  for (const [address, formula] of Object.entries(formulas)) {
    sheet.getCell(address).value = { formula, date1904: false };
  }
  for (let row = 4; row <= 8; row++) {
    for (const col of [2, 3]) sheet.getCell(row, col).numFmt = '#,##0.00';
  }
  const detail = workbook.addWorksheet(DETAIL_SHEET);
  detail.getCell('A1').value = '出差记录';
  TRIPS.forEach((fen, index) => (detail.getCell(2 + index, 2).value = yuan(fen)));
  detail.getCell('B5').value = { formula: 'SUM(B2:B4)', date1904: false };
  if (variant === 'vlookup-total') {
    workbook.addWorksheet(SUMMARY_SHEET).addRow(['合计', yuan(ACTUAL_TOTAL_FEN)]);
  }
  return workbook;
}

export async function formulaWorkbookBytes(
  variant: FormulaVariant,
  formulas: Readonly<Record<string, string>> = {},
): Promise<Buffer> {
  return Buffer.from(await formulaWorkbook(variant, formulas).xlsx.writeBuffer());
}

/**
 * The same package as openpyxl writes formulas: `<f>…</f><v/>`, an empty `<v>` and no `t`
 * (openpyxl's cell writer always adds the `<v>` element, with no text for a formula).
 */
export function asOpenpyxlWrites(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(parts[name]).replace(/(<\/f>|<f [^>]*\/>)<\/c>/g, '$1<v/></c>');
    parts[name] = strToU8(xml);
  }
  return zipSync(parts);
}

/**
 * The same package as XlsxWriter writes formulas: a cached `<v>0</v>` placeholder for every
 * formula, and `<calcPr fullCalcOnLoad="1"/>` asking Excel to recalculate all on open.
 */
export function asXlsxWriterWrites(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const name of Object.keys(parts)) {
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      const xml = strFromU8(parts[name]).replace(/(<\/f>|<f [^>]*\/>)<\/c>/g, '$1<v>0</v></c>');
      parts[name] = strToU8(xml);
    }
  }
  const workbook = strFromU8(parts['xl/workbook.xml']).replace(
    /<calcPr[^>]*\/>/,
    '<calcPr calcId="124519" fullCalcOnLoad="1"/>',
  );
  parts['xl/workbook.xml'] = strToU8(workbook);
  return zipSync(parts);
}
