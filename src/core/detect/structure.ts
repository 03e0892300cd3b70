import type { DataRow } from './rows';

/** A stated figure row and the rows whose figures it should add up to. */
export interface Aggregate {
  readonly row: number;
  readonly kind: 'code' | 'category' | 'indent' | 'section' | 'whereof' | 'subtotal' | 'total';
  readonly label: string;
  readonly children: readonly number[];
  /**
   * 其中 lines that do not cover their line completely: they must not add up to more than it,
   * but need not add up to it.
   */
  readonly partial?: true;
}

/**
 * A reading of a region's line hierarchy the labels allow. Numbering levels (一、 over 1. over
 * (1)) may nest lines or be mere numbering; the figures choose (see `table.ts`).
 */
export interface StructureReading {
  readonly byNumbering: boolean;
}

/** Top-level budget categories an accountant nests lines under even without a category column. */
const SECTION_LABELS = new Set(['基本支出', '项目支出', 'basicexpenditure', 'projectexpenditure']);

/**
 * 其中 lines: the first part of the line above carries 其中, its siblings follow without it
 * (年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金) while they are numbered as it is
 * (or not at all) and not as their parent is.
 */
function whereofParents(lines: readonly DataRow[]): Map<number, number> {
  const parents = new Map<number, number>();
  let group: { parent: DataRow; first: DataRow } | undefined;
  lines.forEach((line, index) => {
    if (line.whereof && index > 0) {
      const above = lines[index - 1];
      const parent = parents.has(above.row) && group ? group.parent : above;
      group = { parent, first: line };
      parents.set(line.row, parent.row);
      return;
    }
    if (!group) return;
    const sameLevel = line.numbering === group.first.numbering;
    const parentLevel =
      group.parent.numbering !== undefined &&
      line.numbering !== undefined &&
      line.numbering <= group.parent.numbering;
    if (sameLevel && !parentLevel && !line.code) parents.set(line.row, group.parent.row);
    else group = undefined;
  });
  return parents;
}

/** A 其中 list covers its line when it names 其他, spells out the line's name, or its codes. */
function coversCompletely(parent: DataRow, children: readonly DataRow[]): boolean {
  if (children.some((child) => /^其他/.test(child.key))) return true;
  const stem = (key: string): string => key.replace(/(费用|费|支出|经费|资金)$/, '');
  if (children.every((child) => parent.key.includes(stem(child.key)))) return true;
  return children.every(
    (child) => !!child.code && !!parent.code && child.code.startsWith(parent.code),
  );
}

/**
 * The parent of each line: the line with the longest classification code that is a proper
 * prefix of its own (201 over 20101 over 2010101); else the line named by its category
 * (基本支出 over 人员经费 and 公用经费); else the nearest line above with less indentation.
 */
function parentsOf(
  lines: readonly DataRow[],
  reading: StructureReading,
): Map<number, { parent: number; kind: Aggregate['kind'] }> {
  const parents = new Map<number, { parent: number; kind: Aggregate['kind'] }>();
  const byCode = new Map<string, number>();
  const byKey = new Map<string, number>();
  // Lines by name only where some line names a category: a roster's 200 000 names need none.
  const categories = lines.some((line) => line.category);
  for (const line of lines) {
    if (line.code && !byCode.has(line.code)) byCode.set(line.code, line.row);
    if (categories && line.key && !byKey.has(line.key)) byKey.set(line.key, line.row);
  }
  const anyCategory =
    categories &&
    lines.some(
      (line) => line.category && byKey.has(line.category) && byKey.get(line.category) !== line.row,
    );
  const anyIndent = lines.some((line) => line.indent > 0);
  const stack: DataRow[] = [];
  const numbered: DataRow[] = [];
  let section: DataRow | undefined;
  const whereof = whereofParents(lines);
  for (const line of lines) {
    const partOf = whereof.get(line.row);
    if (partOf !== undefined) {
      parents.set(line.row, { parent: partOf, kind: 'whereof' });
      continue;
    }
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
    if (reading.byNumbering && line.numbering !== undefined) {
      // 3.公务用车费 over (1) 运行维护费 and (2) 购置费: a deeper numbering nests under the line
      // above it numbered higher.
      const level = line.numbering;
      while (numbered.length && (numbered[numbered.length - 1].numbering ?? 0) >= level)
        numbered.pop();
      if (numbered.length)
        parents.set(line.row, { parent: numbered[numbered.length - 1].row, kind: 'indent' });
      numbered.push(line);
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
export function findAggregates(
  rows: readonly DataRow[],
  reading: StructureReading = { byNumbering: false },
): Aggregate[] {
  const aggregates: Aggregate[] = [];
  let block: DataRow[] = [];
  let sinceTotal: number[] = [];

  /** Adds the block's parent-child aggregates and returns its top-level rows. */
  const closeBlock = (): number[] => {
    const parents = parentsOf(block, reading);
    const children = new Map<number, number[]>();
    for (const [row, { parent }] of parents) {
      const list = children.get(parent) ?? [];
      list.push(row);
      children.set(parent, list);
    }
    let byRow: Map<number, DataRow> | undefined;
    for (const line of block) {
      const list = children.get(line.row);
      if (!list) continue;
      const kind = parents.get(list[0])?.kind ?? 'category';
      const partial =
        kind === 'whereof' &&
        !coversCompletely(
          line,
          list.flatMap(
            (row) => (byRow ??= new Map(block.map((each) => [each.row, each]))).get(row) ?? [],
          ),
        );
      aggregates.push({
        row: line.row,
        kind,
        label: line.label,
        children: list,
        ...(partial ? { partial: true as const } : {}),
      });
    }
    const topLevel = block.filter((line) => !parents.has(line.row)).map((line) => line.row);
    block = [];
    return topLevel;
  };

  // A 合计 that stands first, right under the header, covers everything below it.
  let leading: DataRow | undefined;
  let seenFigures = false;
  for (const row of rows) {
    if (row.kind === 'line') block.push(row);
    if (row.kind === 'line' || row.kind === 'note') {
      seenFigures ||= row.kind === 'line';
      continue;
    }
    const topLevel = closeBlock();
    if (row.kind === 'heading') {
      for (const top of topLevel) sinceTotal.push(top);
    } else if (row.kind === 'subtotal') {
      if (topLevel.length) {
        aggregates.push({ row: row.row, kind: 'subtotal', label: row.label, children: topLevel });
      }
      sinceTotal.push(row.row);
      seenFigures = true;
    } else if (!seenFigures && !leading && !sinceTotal.length) {
      leading = row;
    } else {
      const covered = [...sinceTotal, ...topLevel];
      if (covered.length) {
        aggregates.push({ row: row.row, kind: 'total', label: row.label, children: covered });
      }
      if (leading && covered.length) {
        aggregates.push({
          row: leading.row,
          kind: 'total',
          label: leading.label,
          children: covered,
        });
        leading = undefined;
      }
      sinceTotal = [];
    }
  }
  const rest = [...sinceTotal, ...closeBlock()];
  if (leading && rest.length) {
    aggregates.push({ row: leading.row, kind: 'total', label: leading.label, children: rest });
  }
  return aggregates.sort((a, b) => a.row - b.row);
}
