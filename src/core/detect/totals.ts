import { toA1 } from '../model/address';
import type { Amount } from '../money/fen';
import { classifyDifference } from '../money/fen';
import type { DetectedColumn } from './columns';
import type { TableModel } from './table';

/** A cell of a table, 0-based. */
export interface Place {
  readonly row: number;
  readonly col: number;
}

/**
 * One stated relation: a total cell and the cells it should add up to, down a column (a 合计
 * row, a roll-up) or across a row (a 合计 column over 基本支出 and 项目支出).
 */
export interface Relation {
  readonly direction: 'column' | 'row';
  readonly total: Place;
  /**
   * Where its parts stand along the relation: rows of the total's column (down a column) or
   * columns of the total's row (across a row). Kept as the aggregate's own list, so a 合计 over
   * 200 000 roster lines costs no object per line.
   */
  readonly along: readonly number[];
  /** The label of the total's line. */
  readonly label: string;
  /** 其中 parts that need not cover the total: they must only not exceed it. */
  readonly partial: boolean;
}

/** What evaluating one relation found. */
export interface TotalCheck {
  readonly relation: Relation;
  readonly stated: Amount;
  /** The stated parts (blank parts count as zero and are left out). */
  readonly amounts: readonly Amount[];
  /** The parts as stated, added up. */
  readonly statedSum: number;
  /** The parts as they should be (a wrong aggregate part counted as its own recomputation). */
  readonly trueSum: number;
  readonly status: 'equal' | 'rounding' | 'mismatch';
  /**
   * Whether the difference is this figure's own: false where a wrong part below explains it and
   * this figure agrees with the parts as shown.
   */
  readonly own: boolean;
}

const SUMMED = new Set(['budget', 'actual', 'amount', 'source']);

/** A cell as one number: a column is below 16 384, so rows and columns never collide. */
const key = (place: Place): number => place.row * 16_384 + place.col;

/** The cells a relation adds up. */
export function partsOf(relation: Relation): Place[] {
  const { total, along } = relation;
  return relation.direction === 'column'
    ? along.map((row) => ({ row, col: total.col }))
    : along.map((col) => ({ row: total.row, col }));
}

/** Every relation of a table, down its columns and across its rows. */
export function relationsOf(table: TableModel): Relation[] {
  const relations: Relation[] = [];
  const summed = table.columns.filter((column) => SUMMED.has(column.role));
  for (const aggregate of table.aggregates) {
    for (const column of summed) {
      relations.push({
        direction: 'column',
        total: { row: aggregate.row, col: column.col },
        along: aggregate.children,
        label: aggregate.label,
        partial: aggregate.partial === true,
      });
    }
  }
  if (!table.columnAggregates.length) return relations;
  const labels = new Map(table.rows.map((row) => [row.row, row.label]));
  const figureRows = table.rows.filter(
    (row) => row.kind === 'line' || row.kind === 'total' || row.kind === 'subtotal',
  );
  for (const aggregate of table.columnAggregates) {
    for (const row of figureRows) {
      relations.push({
        direction: 'row',
        total: { row: row.row, col: aggregate.col },
        along: aggregate.children,
        label: labels.get(row.row) ?? '',
        partial: aggregate.partial === true,
      });
    }
  }
  return relations;
}

/** Every cell that states a total down a column, by sheet name and A1 (for their formulas). */
export function totalCells(model: {
  readonly tables: readonly TableModel[];
}): { readonly sheet: string; readonly cell: string }[] {
  const cells: { sheet: string; cell: string }[] = [];
  for (const table of model.tables) {
    const summed = table.columns.filter((column) => SUMMED.has(column.role));
    for (const aggregate of table.aggregates) {
      for (const column of summed) {
        cells.push({ sheet: table.name, cell: toA1(aggregate.row, column.col) });
      }
    }
  }
  return cells;
}

interface Counted {
  readonly stated: Amount | undefined;
  readonly countedFen: number | undefined;
  readonly invalid: boolean;
}

/**
 * Evaluates every relation (whether a difference is rounding is a fact about the figures; the
 * strict setting only changes a finding's severity) of a table level by level in both directions: a part that is itself
 * a total found wrong (not merely rounded) counts as its recomputation, so one wrong 款 is
 * reported once, at the 款, and its 类 and its row's 合计 are judged against the true figures.
 * A blank total over stated parts (a heading line with figures below) counts as their sum.
 */
export function evaluateTotals(table: TableModel): TotalCheck[] {
  const columns = new Map(table.columns.map((column) => [column.col, column]));
  const relations = relationsOf(table);
  const targeting = new Map<number, Relation[]>();
  for (const relation of relations) {
    const list = targeting.get(key(relation.total)) ?? [];
    list.push(relation);
    targeting.set(key(relation.total), list);
  }
  const counted = new Map<number, Counted>();
  const checks: TotalCheck[] = [];

  const read = (place: Place): Counted => {
    const column = columns.get(place.col) as DetectedColumn;
    const figure = table.figures.amount(place.row, column);
    return {
      stated: figure.kind === 'amount' ? figure : undefined,
      countedFen: figure.kind === 'amount' ? figure.fen : undefined,
      invalid: figure.kind !== 'amount' && figure.kind !== 'blank',
    };
  };

  const evaluate = (relation: Relation, asStated: Counted): Counted => {
    const amounts: Amount[] = [];
    let statedSum = 0;
    let trueSum = 0;
    let anyCounted = false;
    for (let index = 0; index < relation.along.length; index++) {
      const part = countPart(relation, index);
      // An unreadable part is reported by not-a-number; a sum without it would be a guess.
      if (part.invalid) return asStated;
      if (part.countedFen === undefined) continue;
      anyCounted = true;
      trueSum += part.countedFen;
      if (part.stated) {
        amounts.push(part.stated);
        statedSum += part.stated.fen;
      } else statedSum += part.countedFen;
    }
    const stated = asStated.stated;
    if (!stated) {
      // A blank heading line over figures counts as their sum, and is not judged.
      return anyCounted && !relation.partial && !asStated.invalid
        ? { ...asStated, countedFen: trueSum }
        : asStated;
    }
    if (!anyCounted) return asStated;
    const compared =
      relation.partial && trueSum <= stated.fen
        ? 'equal'
        : classifyDifference(stated, amounts, trueSum, false);
    const status = compared === 'mismatch' || compared === 'rounding' ? compared : 'equal';
    const asShown =
      statedSum === trueSum ? status : classifyDifference(stated, amounts, statedSum, false);
    // A part below is wrong and reported where it stands; this figure is its own error only
    // when it agrees neither with the parts as shown nor with their true sum.
    const own =
      status !== 'equal' &&
      (statedSum === trueSum || (status === 'mismatch' && asShown === 'mismatch'));
    checks.push({ relation, stated, amounts, statedSum, trueSum, status, own });
    if (status === 'mismatch' && own && !relation.partial)
      return { ...asStated, countedFen: trueSum };
    return asStated;
  };

  const count = (place: Place): Counted => {
    const known = counted.get(key(place));
    if (known) return known;
    const asStated = read(place);
    // Guards a malformed hierarchy: a cell met again while it is being summed counts as stated.
    counted.set(key(place), asStated);
    let result = asStated;
    for (const relation of targeting.get(key(place)) ?? []) {
      const evaluated = evaluate(relation, asStated);
      if (evaluated.countedFen !== asStated.countedFen && result === asStated) result = evaluated;
    }
    counted.set(key(place), result);
    return result;
  };

  // A part no relation targets is a leaf: read it as stated, with no memo entry or Place object
  // (a 合计 over 200 000 roster lines would make one of each per line).
  const leaf = {
    stated: undefined as Amount | undefined,
    countedFen: 0 as number | undefined,
    invalid: false,
  };
  const countPart = (relation: Relation, index: number): Counted => {
    const at = relation.along[index];
    const row = relation.direction === 'column' ? at : relation.total.row;
    const col = relation.direction === 'column' ? relation.total.col : at;
    if (targeting.has(row * 16_384 + col)) return count({ row, col });
    const figure = table.figures.amount(row, columns.get(col) as DetectedColumn);
    leaf.stated = figure.kind === 'amount' ? figure : undefined;
    leaf.countedFen = figure.kind === 'amount' ? figure.fen : undefined;
    leaf.invalid = figure.kind !== 'amount' && figure.kind !== 'blank';
    return leaf;
  };

  for (const relation of relations) count(relation.total);
  return checks;
}
