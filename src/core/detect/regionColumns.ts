import { MONEY_ROLES, type ColumnRole } from '../model/roles';
import type { Unit } from '../model/unit';
import { isFiscalSource, type DetectedColumn } from './columns';
import type { HeaderPath } from './headerTree';
import type { SheetUnit } from './units';
import { headerWordOf, type HeaderWord, type Measure } from './vocabulary';

/** What the region as a whole says: its default measure and the unit its labels name. */
export interface RegionContext {
  /** 预算 in the title: budget; otherwise the executed figures (决算, 本年支出). */
  readonly defaultMeasure: Measure;
  readonly sheetUnit: SheetUnit;
  /** A unit named in the region's label header (`项目资金（万元）`). */
  readonly labelUnit?: Unit;
}

function nearest<T>(
  words: readonly (HeaderWord | undefined)[],
  pick: (w: HeaderWord) => T | undefined,
) {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    const found = word ? pick(word) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The role a column's path gives it, or undefined for a column that is no figure or label. */
function roleOfPath(words: readonly (HeaderWord | undefined)[], context: RegionContext) {
  const leaf = words[words.length - 1];
  const measure = nearest(words, (word) => word.measure);
  if (!leaf) return measure;
  if (leaf.numbering) return undefined;
  // Ratios are never figures; those rate-mismatch recomputes get a role it can find.
  if (leaf.ratio) return leaf.ratioRole;
  if (leaf.codePart) return 'code';
  if (leaf.role && leaf.role !== 'budget' && leaf.role !== 'actual') return leaf.role;
  if (leaf.measure) return leaf.measure;
  if (leaf.total || leaf.part || leaf.whereof) return measure ?? context.defaultMeasure;
  if (leaf.role) return leaf.role;
  return undefined;
}

/** What messages call a column: its leaf, with its parent before a bare 小计 / 合计. */
function displayName(path: HeaderPath, leaf: HeaderWord | undefined): string {
  const texts = path.texts;
  const last = texts[texts.length - 1];
  if (leaf?.total && texts.length >= 2 && !headerWordOf(texts[texts.length - 2])?.measure) {
    const parent = texts[texts.length - 2];
    if (headerWordOf(parent)?.part) return `${parent}${last}`;
  }
  return last;
}

function withUnit(
  base: DetectedColumn,
  words: readonly (HeaderWord | undefined)[],
  context: RegionContext,
): DetectedColumn {
  if (!MONEY_ROLES.includes(base.role)) return base;
  const own = nearest(words, (word) => word.unit);
  const unit = own ?? context.labelUnit ?? context.sheetUnit.unit;
  const unitSource = own || context.labelUnit ? ('header' as const) : context.sheetUnit.source;
  const fiscal = base.role === 'source' ? isFiscalSource(base.header) : undefined;
  return fiscal === undefined
    ? { ...base, unit, unitSource }
    : { ...base, unit, unitSource, fiscal };
}

/** The columns of a region, from their header paths. */
export function columnsOfPaths(
  paths: readonly HeaderPath[],
  context: RegionContext,
  forced: ReadonlyMap<number, ColumnRole> = new Map(),
): DetectedColumn[] {
  const columns: DetectedColumn[] = [];
  for (const path of paths) {
    const words = path.texts.map(headerWordOf);
    const leaf = words[words.length - 1];
    // 其中：… under no measure of its own measures what the column it is part of measures.
    const before = columns[columns.length - 1];
    const partOf =
      leaf?.whereof && !nearest(words, (word) => word.measure) && before?.col === path.col - 1
        ? before.role
        : undefined;
    const role = forced.get(path.col) ?? partOf ?? roleOfPath(words, context);
    if (!role) continue;
    const year = nearest(words, (word) => word.year);
    const base: DetectedColumn = {
      col: path.col,
      role,
      header: displayName(path, leaf),
      path: path.texts,
      headerRow: path.leafRow,
      ...(year ? { year } : {}),
      ...(leaf?.total ? { total: true } : {}),
      ...(leaf?.whereof ? { whereof: true } : {}),
      ...(leaf?.codePart ? { codePart: leaf.codePart } : {}),
    };
    columns.push(withUnit(base, words, context));
  }
  return columns;
}
