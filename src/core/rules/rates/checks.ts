import type { DetectedColumn } from '../../detect/columns';
import type { DataRow } from '../../detect/rows';
import {
  actualColumnOf,
  budgetColumnOf,
  columnWithRole,
  type TableModel,
} from '../../detect/table';
import { toA1 } from '../../model/address';
import { cellAt, numFmtAt } from '../../model/grid';
import { YUAN } from '../../model/unit';
import type { Amount } from '../../money/fen';
import { divide, min, multiply, ratio, subtract, type Ratio } from '../../money/ratio';
import { readPercent, readPlain, type NumberRead, type StatedNumber } from '../../parse/rate';
import { compareFigure, type Comparison } from '../compare';
import { amountBound, around, fenOf, judge, percentRange, type Bound, type Verdict } from './judge';

export type RateKind = 'rate' | 'score' | 'change' | 'changeRate';

/**
 * A stated rate, score or difference judged against its recomputation: `verdict` is undefined
 * where they agree (only 增减, money, is yielded then, for the reconciliation table).
 */
export interface RateIssue {
  readonly kind: RateKind;
  readonly row: DataRow;
  readonly column: DetectedColumn;
  readonly related: readonly string[];
  readonly verdict: Verdict | undefined;
  /** '%' for rates, the money unit for 增减, null for a score. */
  readonly unit: string | null;
  /** 增减 in money: what the reconciliation table records. */
  readonly money?: {
    readonly stated: Amount;
    readonly recomputedFen: number;
    readonly comparison: Comparison | undefined;
  };
}

/** Rows that can state figures. */
function figureRows(table: TableModel): DataRow[] {
  return table.rows.filter((row) => row.kind !== 'heading');
}

/** `（%）` in a header: its figures are percents. */
function percentHeader(column: DetectedColumn): boolean {
  return (column.path ?? [column.header]).some((text) => /[%％]/.test(text));
}

function percentAt(table: TableModel, row: number, column: DetectedColumn): NumberRead {
  const { grid } = table;
  return readPercent(
    cellAt(grid, row, column.col),
    numFmtAt(grid, row, column.col),
    percentHeader(column),
  );
}

function plainAt(table: TableModel, row: number, column: DetectedColumn): NumberRead {
  return readPlain(cellAt(table.grid, row, column.col), numFmtAt(table.grid, row, column.col));
}

function isStated(read: NumberRead): read is StatedNumber {
  return typeof read !== 'string';
}

function amountAt(table: TableModel, row: number, column: DetectedColumn): Amount | undefined {
  const read = table.figures.amount(row, column);
  return read.kind === 'amount' ? read : undefined;
}

/** 执行率 = 执行数 ÷ 预算数 (全年执行数 ÷ 全年预算数 on a 绩效自评表), on every line stating one. */
export function* executionRates(table: TableModel, strict: boolean): Generator<RateIssue> {
  const rate = columnWithRole(table, 'rate');
  const budget = budgetColumnOf(table);
  const actual = actualColumnOf(table);
  if (!rate || !budget || !actual) return;
  for (const row of figureRows(table)) {
    const stated = percentAt(table, row.row, rate);
    const b = amountAt(table, row.row, budget);
    const a = amountAt(table, row.row, actual);
    if (!isStated(stated) || !a || !b || b.fen === 0) continue;
    const exact = divide(multiply(fenOf(a), ratio(100n)), fenOf(b));
    if (!exact) continue;
    const range = percentRange(amountBound(a), amountBound(b));
    const verdict = judge(stated, exact, range, strict);
    if (!verdict) continue;
    const related = [toA1(row.row, actual.col), toA1(row.row, budget.col)];
    yield { kind: 'rate', row, column: rate, related, verdict, unit: '%' };
  }
}

/** The line of a 绩效自评表 whose 得分 is 分值 × 执行率: the 资金 block's total line. */
const SCORED_LINE = /年度资金总额|预算执行率/;

/**
 * 得分 = 分值 × 执行率, at most 分值, from the stated 执行率 (a wrong 执行率 is reported at the
 * 执行率, not again here). 分值 is a weight set by the form, exact.
 */
export function* scores(table: TableModel, strict: boolean): Generator<RateIssue> {
  const points = columnWithRole(table, 'points');
  const rate = columnWithRole(table, 'rate');
  const score = columnWithRole(table, 'score');
  if (!points || !rate || !score) return;
  for (const row of figureRows(table)) {
    if (!SCORED_LINE.test(row.label)) continue;
    const stated = plainAt(table, row.row, score);
    const weight = plainAt(table, row.row, points);
    const percent = percentAt(table, row.row, rate);
    if (!isStated(stated) || !isStated(weight) || !isStated(percent)) continue;
    if (weight.value.num < 0n) continue;
    const scoreAt = (p: Ratio): Ratio =>
      min(weight.value, multiply(weight.value, multiply(p, ratio(1n, 100n))));
    const half = ratio(5n, 10n ** BigInt(percent.shownDecimals + 1));
    const shown = around(percent.value, half);
    const range: Bound = { lo: scoreAt(shown.lo), hi: scoreAt(shown.hi) };
    const verdict = judge(stated, scoreAt(percent.value), range, strict);
    if (!verdict) continue;
    const related = [toA1(row.row, points.col), toA1(row.row, rate.col)];
    yield { kind: 'score', row, column: score, related, verdict, unit: null };
  }
}

/** The 本年 and 上年 figure columns of a comparison table. */
function comparedColumns(
  table: TableModel,
): { current: DetectedColumn; previous: DetectedColumn } | undefined {
  const figures = table.columns.filter(
    (column) => (column.role === 'actual' || column.role === 'budget') && !column.whereof,
  );
  const previous = figures.find((column) => /上年/.test(column.header));
  const current = figures.find((column) => /本年/.test(column.header));
  if (previous && current) return { current, previous };
  const dated = figures.filter((column) => column.year !== undefined);
  if (dated.length !== 2 || dated[0].year === dated[1].year) return undefined;
  const [early, late] = [...dated].sort((x, y) => (x.year ?? 0) - (y.year ?? 0));
  return { current: late, previous: early };
}

/** A blank figure stands for zero, as the official tables print it. */
function amountOrZero(table: TableModel, row: number, column: DetectedColumn): Amount | undefined {
  const read = table.figures.amount(row, column);
  if (read.kind === 'amount') return read;
  if (read.kind !== 'blank') return undefined;
  const unit = column.unit ?? YUAN;
  return { fen: 0, shownDecimals: unit.fenExponent, unit };
}

/** 增减 = 本年 − 上年, and 增减率 = 增减 ÷ 上年 (上年 = 0: not computed). */
export function* changes(table: TableModel, strict: boolean): Generator<RateIssue> {
  const pair = comparedColumns(table);
  const change = columnWithRole(table, 'change');
  const changeRate = columnWithRole(table, 'changeRate');
  if (!pair || (!change && !changeRate)) return;
  const { current, previous } = pair;
  // 增减 is money in the unit of the figures it compares.
  const changeColumn = change && { ...change, unit: current.unit ?? YUAN };
  for (const row of figureRows(table)) {
    const now = amountOrZero(table, row.row, current);
    const before = amountOrZero(table, row.row, previous);
    if (!now || !before) continue;
    const stated = changeColumn && amountAt(table, row.row, changeColumn);
    if (changeColumn && stated) {
      const recomputedFen = now.fen - before.fen;
      const verdict = compareFigure(stated, [now, before], recomputedFen, strict);
      yield {
        kind: 'change',
        row,
        column: changeColumn,
        related: [toA1(row.row, current.col), toA1(row.row, previous.col)],
        verdict,
        unit: stated.unit.zh,
        money: { stated, recomputedFen, comparison: verdict },
      };
    }
    if (!changeRate || before.fen === 0) continue;
    const rate = percentAt(table, row.row, changeRate);
    if (!isStated(rate)) continue;
    // From the stated 增减 where there is one, so a wrong 增减 is reported once.
    const numerator = stated ? amountBound(stated) : differenceBound(now, before);
    const exact = divide(
      multiply(stated ? fenOf(stated) : subtract(fenOf(now), fenOf(before)), ratio(100n)),
      fenOf(before),
    );
    if (!exact) continue;
    const verdict = judge(rate, exact, percentRange(numerator, amountBound(before)), strict);
    if (!verdict) continue;
    const related = [
      toA1(row.row, stated && changeColumn ? changeColumn.col : current.col),
      toA1(row.row, previous.col),
    ];
    yield { kind: 'changeRate', row, column: changeRate, related, verdict, unit: '%' };
  }
}

function differenceBound(now: Amount, before: Amount): Bound {
  const a = amountBound(now);
  const b = amountBound(before);
  return { lo: subtract(a.lo, b.hi), hi: subtract(a.hi, b.lo) };
}
