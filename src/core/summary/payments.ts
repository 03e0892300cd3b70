import type { DisbursementLine, MoneyCell } from '../detect/disbursement';
import type { RosterGroup } from '../detect/rosters';
import { toA1 } from '../model/address';
import { sumFen } from '../money/fen';
import type { PaymentLine, StatedAmount } from './types';

function stated(sheet: string, cell: MoneyCell | undefined): StatedAmount | null {
  if (!cell) return null;
  return { ...cell.amount, ref: { sheet, cell: toA1(cell.row, cell.col) } };
}

/** An aggregate disbursement line of the ledger, for the narrative; none without an amount. */
export function paymentOfLine(line: DisbursementLine): PaymentLine[] {
  const sheet = line.sheet.name;
  const amount = stated(sheet, line.amount);
  if (!amount) return [];
  return [
    {
      group: line.group,
      headcount: line.headcount?.count ?? null,
      standard: stated(sheet, line.standard),
      amount,
      funding: line.sources.flatMap((source) => {
        const part = stated(sheet, source);
        return part ? [{ source: source.source, amount: part, fiscal: source.fiscal }] : [];
      }),
    },
  ];
}

/**
 * A roster group no aggregate line details, as one line: its recipients counted, their amounts
 * summed, and the standard stated when every recipient got the same.
 */
export function paymentOfRoster(group: RosterGroup): PaymentLine[] {
  // Summed from the cells directly: one object per recipient would cost a 200 000-row roster
  // more than the sum itself.
  const paid = group.entries.filter((entry) => entry.amount);
  if (!paid.length) return [];
  const first = stated(paid[0].sheet.name, paid[0].amount);
  if (!first) return [];
  const fen = sumFen(paid.map((entry) => entry.amount!.amount.fen));
  return [
    {
      group: group.entries.find((entry) => entry.group)?.group ?? '',
      headcount: group.entries.length,
      standard: paid.every((entry) => entry.amount!.amount.fen === first.fen) ? first : null,
      amount: { ...first, fen },
      funding: [],
    },
  ];
}
