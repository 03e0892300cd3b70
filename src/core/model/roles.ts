/** What a column holds, as found from its header (or set by the user). */
export type ColumnRole =
  | 'item'
  | 'category'
  | 'code'
  | 'budget'
  | 'actual'
  | 'headcount'
  | 'standard'
  | 'amount'
  | 'source'
  | 'sourceName'
  | 'group'
  | 'name'
  | 'id';

/** Roles whose cells are money. */
export const MONEY_ROLES: readonly ColumnRole[] = [
  'budget',
  'actual',
  'standard',
  'amount',
  'source',
];

/** What a sheet is, as printed in the JSON report. */
export type SheetRole = 'budget' | 'disbursement' | 'other';
