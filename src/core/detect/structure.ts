import type { DataRow } from './rows';

/** A stated figure row and the rows whose figures it should add up to. */
export interface Aggregate {
  readonly row: number;
  readonly kind: 'code' | 'category' | 'indent' | 'section' | 'subtotal' | 'total';
  readonly label: string;
  readonly children: readonly number[];
}

/** Top-level budget categories an accountant nests lines under even without a category column. */
const SECTION_LABELS = new Set(['基本支出', '项目支出', 'basicexpenditure', 'projectexpenditure']);

/**
 * The parent of each line: the line with the longest classification code that is a proper
 * prefix of its own (201 over 20101 over 2010101); else the line named by its category
 * (基本支出 over 人员经费 and 公用经费); else the nearest line above with less indentation.
 */
function parentsOf(
  lines: readonly DataRow[],
): Map<number, { parent: number; kind: Aggregate['kind'] }> {
  const parents = new Map<number, { parent: number; kind: Aggregate['kind'] }>();
  const byCode = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (const line of lines) {
    if (line.code && !byCode.has(line.code)) byCode.set(line.code, line.row);
    if (line.key && !byKey.has(line.key)) byKey.set(line.key, line.row);
  }
  const anyCategory = lines.some(
    (line) => line.category && byKey.has(line.category) && byKey.get(line.category) !== line.row,
  );
  const anyIndent = lines.some((line) => line.indent > 0);
  const stack: DataRow[] = [];
  let section: DataRow | undefined;
  for (const line of lines) {
    if (line.code) {
      for (let length = line.code.length - 1; length >= 3; length--) {
        const parent = byCode.get(line.code.slice(0, length));
        if (parent !== undefined && parent !== line.row) {
          parents.set(line.row, { parent, kind: 'code' });
          break;
        }
      }
      if (parents.has(line.row) || byCode.size > 1) continue;
    }
    if (anyCategory) {
      const parent = line.category ? byKey.get(line.category) : undefined;
      if (parent !== undefined && parent !== line.row)
        parents.set(line.row, { parent, kind: 'category' });
      continue;
    }
    if (anyIndent) {
      while (stack.length && stack[stack.length - 1].indent >= line.indent) stack.pop();
      if (stack.length)
        parents.set(line.row, { parent: stack[stack.length - 1].row, kind: 'indent' });
      stack.push(line);
      continue;
    }
    if (SECTION_LABELS.has(line.key)) section = line;
    else if (section) parents.set(line.row, { parent: section.row, kind: 'section' });
  }
  return parents;
}

/**
 * Every aggregate of a sheet. A line with children adds them up; a 小计 covers the top-level
 * lines since the previous subtotal, total or heading; a 合计 covers the top-level lines and
 * subtotals since the previous total. Each level is checked against the level below it, so one
 * wrong figure is reported once, where it stands, and does not cascade into every total.
 */
export function findAggregates(rows: readonly DataRow[]): Aggregate[] {
  const aggregates: Aggregate[] = [];
  let block: DataRow[] = [];
  let sinceTotal: number[] = [];

  /** Adds the block's parent-child aggregates and returns its top-level rows. */
  const closeBlock = (): number[] => {
    const parents = parentsOf(block);
    const children = new Map<number, number[]>();
    for (const [row, { parent }] of parents) {
      const list = children.get(parent) ?? [];
      list.push(row);
      children.set(parent, list);
    }
    for (const line of block) {
      const list = children.get(line.row);
      if (!list) continue;
      const kind = parents.get(list[0])?.kind ?? 'category';
      aggregates.push({ row: line.row, kind, label: line.label, children: list });
    }
    const topLevel = block.filter((line) => !parents.has(line.row)).map((line) => line.row);
    block = [];
    return topLevel;
  };

  for (const row of rows) {
    if (row.kind === 'line') block.push(row);
    if (row.kind === 'line' || row.kind === 'blank') continue;
    const topLevel = closeBlock();
    if (row.kind === 'heading') {
      sinceTotal.push(...topLevel);
    } else if (row.kind === 'subtotal') {
      if (topLevel.length) {
        aggregates.push({ row: row.row, kind: 'subtotal', label: row.label, children: topLevel });
      }
      sinceTotal.push(row.row);
    } else {
      const covered = [...sinceTotal, ...topLevel];
      if (covered.length) {
        aggregates.push({ row: row.row, kind: 'total', label: row.label, children: covered });
      }
      sinceTotal = [];
    }
  }
  closeBlock();
  return aggregates.sort((a, b) => a.row - b.row);
}
