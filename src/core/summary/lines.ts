import { columnsWithRole, columnWithRole, type SheetModel } from '../detect/sheet';
import { countAt, statedAt, textAt } from './figures';
import { sumFen } from '../money/fen';
import type { PaymentLine, FundingPart, StatedAmount } from './types';

/** A disbursement line and the project it is booked to ('' when the sheet names none). */
export interface BookedLine {
  readonly project: string;
  readonly line: PaymentLine;
}

function fundingOf(sheet: SheetModel, row: number): FundingPart[] {
  return columnsWithRole(sheet, 'source').flatMap((column) => {
    const amount = statedAt(sheet, row, column);
    return amount ? [{ source: column.header.trim(), amount, fiscal: column.fiscal ?? false }] : [];
  });
}

/** Aggregate lines (项目, 慰问对象, 人数, 标准, 金额, 资金来源), one per row. */
function aggregateLines(sheet: SheetModel): BookedLine[] {
  const item = columnWithRole(sheet, 'item');
  const group = columnWithRole(sheet, 'group');
  const headcount = columnWithRole(sheet, 'headcount');
  const standard = columnWithRole(sheet, 'standard');
  const amountColumn = columnWithRole(sheet, 'amount');
  const lines: BookedLine[] = [];
  for (const row of sheet.rows) {
    if (row.kind !== 'line') continue;
    const amount = statedAt(sheet, row.row, amountColumn);
    if (!amount) continue;
    const groupText = textAt(sheet, row.row, group);
    lines.push({
      project: textAt(sheet, row.row, item),
      line: {
        group: groupText || (item ? '' : row.label),
        headcount: countAt(sheet, row.row, headcount),
        standard: statedAt(sheet, row.row, standard),
        amount,
        funding: fundingOf(sheet, row.row),
      },
    });
  }
  return lines;
}

function sum(amounts: readonly StatedAmount[]): StatedAmount {
  return { ...amounts[0], fen: sumFen(amounts.map((amount) => amount.fen)) };
}

/**
 * A roster (one row per recipient) summed per project and group: the headcount is the number of
 * rows, the standard the amount every recipient got when all got the same.
 */
function rosterLines(sheet: SheetModel): BookedLine[] {
  const groups = new Map<string, { project: string; group: string; lines: PaymentLine[] }>();
  for (const { project, line } of aggregateLines(sheet)) {
    const key = `${project}\u0000${line.group}`;
    const entry = groups.get(key) ?? { project, group: line.group, lines: [] };
    entry.lines.push(line);
    groups.set(key, entry);
  }
  return [...groups.values()].map(({ project, group, lines }) => {
    const first = lines[0].amount;
    const same = lines.every((line) => line.amount.fen === first.fen);
    const sources = [...new Set(lines.flatMap((line) => line.funding.map((part) => part.source)))];
    return {
      project,
      line: {
        group,
        headcount: lines.length,
        standard: same ? first : null,
        amount: sum(lines.map((line) => line.amount)),
        funding: sources.map((source) => {
          const parts = lines.flatMap((line) => line.funding.filter((p) => p.source === source));
          return { source, amount: sum(parts.map((p) => p.amount)), fiscal: parts[0].fiscal };
        }),
      },
    };
  });
}

export function isRoster(sheet: SheetModel): boolean {
  return sheet.columns.some((column) => column.role === 'name' || column.role === 'id');
}

/** Every disbursement line of the workbook's disbursement sheets that states an amount. */
export function disbursementLines(sheets: readonly SheetModel[]): BookedLine[] {
  return sheets
    .filter((sheet) => sheet.role === 'disbursement')
    .flatMap((sheet) => (isRoster(sheet) ? rosterLines(sheet) : aggregateLines(sheet)));
}
