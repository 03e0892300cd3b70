import type { DetectedColumn } from '../detect/columns';
import type { DisbursementLine } from '../detect/disbursement';
import { ledgerOf } from '../detect/ledger';
import type { SheetModel } from '../detect/sheet';
import type { Aggregate } from '../detect/structure';
import type { WorkbookModel } from '../detect/workbook';
import { classifyDifference, sumFen, type Amount } from '../money/fen';
import { formatFen } from '../money/format';
import { toA1 } from '../model/address';
import { isUncountable } from '../parse/amount';
import { countAt, statedAt } from './figures';
import { paymentOfLine } from './payments';
import type { CheckMeasure, CheckRow, StatedAmount } from './types';

const SUMMED_ROLES = new Set(['budget', 'actual', 'amount', 'source']);

function moneyRow(
  label: string,
  measure: CheckMeasure,
  stated: StatedAmount,
  parts: readonly Amount[],
  recomputedFen: number,
  strict: boolean,
): CheckRow {
  const decimals = stated.shownDecimals;
  return {
    label,
    measure,
    ref: stated.ref,
    unit: stated.unit,
    decimals,
    stated: formatFen(stated.fen, stated.unit, decimals),
    recomputed: formatFen(recomputedFen, stated.unit, decimals),
    difference: formatFen(stated.fen - recomputedFen, stated.unit, decimals),
    status: classifyDifference(stated, parts, recomputedFen, strict),
  };
}

function totalRow(
  sheet: SheetModel,
  aggregate: Aggregate,
  column: DetectedColumn,
  strict: boolean,
): CheckRow | undefined {
  const measure: CheckMeasure = { kind: 'column', header: column.header.trim() };
  if (column.role === 'headcount') {
    const stated = countAt(sheet, aggregate.row, column);
    const parts = aggregate.children.map((child) => countAt(sheet, child, column));
    if (stated === null || parts.every((part) => part === null)) return undefined;
    const recomputed = parts.reduce<number>((total, part) => total + (part ?? 0), 0);
    return {
      label: aggregate.label,
      measure,
      ref: { sheet: sheet.name, cell: toA1(aggregate.row, column.col) },
      unit: null,
      decimals: 0,
      stated: String(stated),
      recomputed: String(recomputed),
      difference: String(stated - recomputed),
      status: stated === recomputed ? 'equal' : 'mismatch',
    };
  }
  const stated = statedAt(sheet, aggregate.row, column);
  if (!stated) return undefined;
  const parts: StatedAmount[] = [];
  for (const child of aggregate.children) {
    // An unreadable part leaves the total unchecked, as the total-mismatch rule does.
    if (isUncountable(sheet.figures.amount(child, column))) return undefined;
    const part = statedAt(sheet, child, column);
    if (part) parts.push(part);
  }
  if (!parts.length) return undefined;
  const recomputed = parts.reduce((total, part) => total + part.fen, 0);
  return moneyRow(aggregate.label, measure, stated, parts, recomputed, strict);
}

function lineRows(
  sheet: SheetModel,
  lines: readonly DisbursementLine[],
  strict: boolean,
): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const line of lines.filter((candidate) => candidate.sheet === sheet)) {
    for (const { amount, standard, headcount, funding, group } of paymentOfLine(line)) {
      if (standard && headcount !== null) {
        const product = standard.fen * headcount;
        rows.push(moneyRow(group, { kind: 'perCapita' }, amount, [standard], product, strict));
      }
      if (funding.length) {
        const parts = funding.map((part) => part.amount);
        const recomputed = sumFen(parts.map((part) => part.fen));
        rows.push(moneyRow(group, { kind: 'funding' }, amount, parts, recomputed, strict));
      }
    }
  }
  return rows;
}

/**
 * The reconciliation table: every stated total, subtotal and roll-up against the sum it covers,
 * and on disbursement lines 人数 × 标准 and the funding split against the amount (summaryInputOf
 * puts them in reading order). Rows that agree are listed too, so the table shows what was
 * checked, not only what failed.
 */
export function findChecks(model: WorkbookModel, strict: boolean): CheckRow[] {
  const rows: CheckRow[] = [];
  const { lines } = ledgerOf(model);
  for (const sheet of model.sheets) {
    const columns = sheet.columns.filter(
      (column) => SUMMED_ROLES.has(column.role) || column.role === 'headcount',
    );
    const totals: CheckRow[] = [];
    for (const aggregate of sheet.aggregates) {
      for (const column of columns) {
        const row = totalRow(sheet, aggregate, column, strict);
        if (row) totals.push(row);
      }
    }
    const sheetRows = lineRows(sheet, lines, strict);
    rows.push(...totals, ...sheetRows);
  }
  return rows;
}
