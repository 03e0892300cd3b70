import {
  appropriationIncomeOf,
  basicPartsOf,
  spendingOf,
  type OfficialFigure,
} from '../detect/official';
import type { WorkbookModel } from '../detect/workbook';
import { formatFen } from '../money/format';
import type { Money, OfficialSentence } from './messages/types';

/** A figure as the report writes it: `15万元`, `141.1万元` (no trailing zeros). */
function asReported(figure: OfficialFigure | undefined): Money | null {
  if (!figure) return null;
  const { fen, unit, shownDecimals } = figure.amount;
  const value = formatFen(fen, unit, shownDecimals)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
  return { value, unit };
}

/**
 * What the official tables state of the 一般公共预算财政拨款, each figure from the table that
 * states it; null when the workbook holds none of them.
 */
export function findOfficialSentence(
  model: WorkbookModel,
  year: string | null,
): OfficialSentence | null {
  const spending = model.tables.map(spendingOf).find((found) => found?.basic);
  const parts = basicPartsOf(model.tables);
  const income = appropriationIncomeOf(model.tables);
  if (!spending && !parts && !income) return null;
  return {
    year,
    income: asReported(income),
    spending: asReported(spending?.total),
    project: asReported(spending?.project),
    basic: asReported(spending?.basic),
    personnel: asReported(parts?.personnel),
    operating: asReported(parts?.operating),
  };
}
