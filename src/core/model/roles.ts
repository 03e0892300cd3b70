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
  | 'id'
  // Ratios and scores: never summed, never money (not-a-number does not judge them).
  /** 执行率: 执行数 ÷ 预算数 of the line. */
  | 'rate'
  /** 增减率: 增减 ÷ 上年. */
  | 'changeRate'
  /** 增减: 本年 − 上年 (money, in the compared figures' unit). */
  | 'change'
  /** 分值: the weight a 绩效自评表 gives a line. */
  | 'points'
  /** 得分: 分值 × 执行率, at most 分值. */
  | 'score';

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
