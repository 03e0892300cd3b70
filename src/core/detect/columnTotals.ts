import type { DetectedColumn } from './columns';

/**
 * A column whose figure, on every line, should equal the sum of other columns of the same line:
 * 合计 = 基本支出 + 项目支出, 小计 = 人员经费 + 公用经费, as the header tree says.
 */
export interface ColumnAggregate {
  readonly col: number;
  readonly label: string;
  readonly children: readonly number[];
  /** 其中 columns that need not cover their column: they must only not exceed it. */
  readonly partial?: true;
}

interface Node {
  readonly text: string;
  column?: DetectedColumn;
  readonly children: Node[];
}

const SUMMED = new Set(['budget', 'actual', 'amount']);

function trieOf(columns: readonly DetectedColumn[]): Node {
  const root: Node = { text: '', children: [] };
  for (const column of columns) {
    let node = root;
    for (const text of column.path ?? [column.header]) {
      let child = node.children.find((candidate) => candidate.text === text && !candidate.column);
      if (!child || child.column) {
        child = { text, children: [] };
        node.children.push(child);
      }
      node = child;
    }
    node.column = column;
  }
  return root;
}

/** The columns a child node contributes to its parent's total: itself, its 小计, or its parts. */
function representatives(node: Node): DetectedColumn[] {
  if (node.column) return [node.column];
  const total = node.children.find((child) => child.column?.total);
  if (total?.column) return [total.column];
  return node.children.filter((child) => !child.column?.whereof).flatMap(representatives);
}

const stem = (text: string): string =>
  text.replace(/^其中[:：]?/, '').replace(/(费用|费|支出|经费|资金)$/, '');

function whereofAggregates(node: Node): ColumnAggregate[] {
  const aggregates: ColumnAggregate[] = [];
  node.children.forEach((child, index) => {
    if (!child.column?.whereof || index === 0) return;
    const parent = node.children[index - 1].column;
    if (!parent || parent.whereof) return;
    const parts = [child.column];
    for (const next of node.children.slice(index + 1)) {
      if (!next.column || !parent.header.includes(stem(next.column.header))) break;
      parts.push(next.column);
    }
    const complete = parts.every((part) => parent.header.includes(stem(part.header)));
    aggregates.push({
      col: parent.col,
      label: parent.header,
      children: parts.map((part) => part.col),
      ...(complete && parts.length > 1 ? {} : { partial: true as const }),
    });
  });
  return aggregates;
}

function aggregatesOf(node: Node): ColumnAggregate[] {
  const found = whereofAggregates(node);
  const inWhereof = new Set(found.flatMap((aggregate) => aggregate.children));
  const totals = node.children.filter((child) => child.column?.total && !child.children.length);
  if (totals.length === 1 && totals[0].column) {
    const total = totals[0].column;
    const parts = node.children
      .filter((child) => child !== totals[0])
      .flatMap(representatives)
      .filter((part) => !inWhereof.has(part.col));
    const alike = parts.every(
      (part) => SUMMED.has(part.role) && part.role === total.role && part.year === total.year,
    );
    if (parts.length && alike && SUMMED.has(total.role)) {
      found.push({ col: total.col, label: total.header, children: parts.map((part) => part.col) });
    }
  }
  return [...found, ...node.children.flatMap(aggregatesOf)];
}

/** Every total column of a region, from its header tree; never from the figures alone. */
export function findColumnAggregates(columns: readonly DetectedColumn[]): ColumnAggregate[] {
  const money = columns.filter((column) => SUMMED.has(column.role));
  return aggregatesOf(trieOf(money)).sort((a, b) => a.col - b.col);
}
