import type { ColumnRole } from '../model/roles';
import type { Unit } from '../model/unit';
import { normaliseLabel, toHalfWidth } from '../parse/text';
import { unitInText, unitLine } from '../parse/unit';
import { roleOfHeader } from './columns';

/** What a figure column measures: the budgeted or the executed (决算, 本年支出) amount. */
export type Measure = 'budget' | 'actual';

/**
 * What one header cell says, as the official tables use their words. A cell may say several
 * things at once: `2023年预算数（万元）` is a year, a measure and a unit.
 */
export interface HeaderWord {
  /** A role of its own (项目, 人数, 金额, 区财政资金, 姓名 …). */
  readonly role?: ColumnRole;
  readonly measure?: Measure;
  readonly year?: number;
  readonly unit?: Unit;
  /** 合计 / 小计 / 总计 or `…合计` as a column header: a column that covers its siblings. */
  readonly total?: boolean;
  /** A part of a total (基本支出, 人员经费, 公务接待费 …): a figure column under a measure. */
  readonly part?: boolean;
  /** 类 / 款 / 项 under a 科目编码: one segment of the classification code. */
  readonly codePart?: 'class' | 'section' | 'item';
  /** `其中：…`: a part of the column before it. */
  readonly whereof?: boolean;
  /** 行次 / 栏次: line or column numbers, never figures. */
  readonly numbering?: boolean;
  /** 收入 / 支出 / 项目: a group over sub-columns. */
  readonly group?: boolean;
  /** 执行率, 分值, 得分, 权重, 增减率: a ratio or a score, never summed. */
  readonly ratio?: boolean;
  /** The ratios rate-mismatch recomputes; 权重, 占比 and the like have none. */
  readonly ratioRole?: Extract<ColumnRole, 'rate' | 'changeRate' | 'change' | 'points' | 'score'>;
}

const MEASURES: ReadonlyArray<readonly [RegExp, Measure]> = [
  [/(调整后)?预算(数|金额|资金)?$|^预算|budget/, 'budget'],
  [
    /(执行|决算|支出|收入|完成|实际)(数|金额|额)?$|本年数|上年数|本年支出|本年收入|actual/,
    'actual',
  ],
];

/** Parts of the official totals: 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费 … */
const PARTS = new Set([
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '人员支出',
  '公用支出',
  '上缴上级支出',
  '经营支出',
  '对附属单位补助支出',
  '因公出国(境)费',
  '因公出国(境)费用',
  '公务接待费',
  '公务用车购置及运行费',
  '公务用车购置及运行维护费',
  '公务用车购置费',
  '公务用车运行费',
  '公务用车运行维护费',
  '购置费',
  '运行费',
  '运行维护费',
  '一般公共预算财政拨款',
  '政府性基金预算财政拨款',
  '公共预算财政拨款',
  '财政拨款',
  'basicexpenditure',
  'projectexpenditure',
  'personnel',
  'operating',
]);

const TOTAL = /^(合计|小计|总计|共计|合计数|subtotal|total)$/;
const TOTAL_SUFFIX = /^(.+?)(合计|小计|总计)$/;
const CODE_PARTS: Readonly<Record<string, HeaderWord['codePart']>> = {
  类: 'class',
  款: 'section',
  项: 'item',
};
const NUMBERING = /^(行次|栏次|行号|序次)$/;
const GROUPS =
  /^(收入|支出|项目|本年支出|本年收入|收入项目|支出项目|项目\(按功能分类\)|按功能分类|按支出性质|按经济分类|项目资金|功能分类科目编码|经济分类科目编码)$/;
const RATIOS = /率|分值|得分|权重|评分|占比|比例|%|增减/;
const YEAR = /((?:19|20)\d{2})\s*年?/;

/** Which recomputable ratio a ratio word names (half-width, `(%)` kept). */
function ratioRoleOf(word: string): HeaderWord['ratioRole'] {
  if (/执行率|完成率/.test(word)) return 'rate';
  if (/增减率|增长率|变动率/.test(word) || (/增减/.test(word) && /%/.test(word)))
    return 'changeRate';
  if (/增减(额|数)?$/.test(word)) return 'change';
  if (word === '分值') return 'points';
  if (word === '得分') return 'score';
  return undefined;
}

/** A header text in the form the vocabulary is written in: half-width, no spaces or colons. */
function plain(text: string): string {
  return normaliseLabel(text).replace(/[:：*]/g, '');
}

/** The header without a parenthesised unit: `金额(万元)` → `金额`. */
function withoutUnit(word: string): string {
  return word.replace(/\((?:万元|元|千元|亿元|单位[^)]*)\)/g, '');
}

function measureOf(word: string): Measure | undefined {
  for (const [pattern, measure] of MEASURES) if (pattern.test(word)) return measure;
  return undefined;
}

const cache = new Map<string, HeaderWord | undefined>();

/**
 * What a header cell says, or undefined when it is no header word (a title, a unit line, a
 * label of a line). Memoised: a sheet repeats its words, and rosters repeat them per row.
 */
export function headerWordOf(text: string): HeaderWord | undefined {
  if (cache.has(text)) return cache.get(text);
  const word = classify(text);
  if (cache.size > 50_000) cache.clear();
  cache.set(text, word);
  return word;
}

function classify(text: string): HeaderWord | undefined {
  const raw = toHalfWidth(text).trim();
  if (!raw || raw.length > 40 || unitLine(raw)) return undefined;
  if (/表$|^编制单位|^填报|^单位负责人|^注[:：]?/.test(raw)) return undefined;
  const whereof = /^其中[:：]?/.test(raw);
  const word = withoutUnit(plain(raw).replace(/^其中/, ''));
  if (!word) return undefined;
  const unit = unitInText(raw);
  const yearMatch = YEAR.exec(word);
  const year = yearMatch ? Number(yearMatch[1]) : undefined;
  const bare = word.replace(/^(?:19|20)\d{2}年度?/, '');
  const extras = {
    ...(unit ? { unit } : {}),
    ...(year ? { year } : {}),
    ...(whereof ? { whereof } : {}),
  };
  // `2021年` over 预算数 | 执行数: a year for the columns below it.
  if (!bare && year) return { group: true, year };
  if (NUMBERING.test(bare)) return { numbering: true };
  if (RATIOS.test(bare) && !/金额|经费/.test(bare)) {
    const ratioRole = ratioRoleOf(bare);
    return { ratio: true, ...(ratioRole ? { ratioRole } : {}), ...extras };
  }
  const codePart = CODE_PARTS[bare];
  if (codePart) return { role: 'code', codePart };
  if (TOTAL.test(bare)) return { total: true, ...extras };
  if (PARTS.has(bare)) return { part: true, ...extras };
  const totalOf = TOTAL_SUFFIX.exec(bare);
  if (totalOf && !roleOfHeader(bare)) {
    const measure = measureOf(totalOf[1]);
    return { total: true, ...(measure ? { measure } : {}), ...extras };
  }
  if (GROUPS.test(bare)) {
    const measure = /^本年(支出|收入)$/.test(bare) ? ('actual' as const) : undefined;
    const role = roleOfHeader(bare);
    return { group: true, ...(measure ? { measure } : {}), ...(role ? { role } : {}), ...extras };
  }
  const role = roleOfHeader(raw);
  if (role === 'budget' || role === 'actual') return { role, measure: role, ...extras };
  if (role) return { role, ...extras };
  const measure = /^(本年数|上年数|调整数|本年|上年|决算数|本期数)$/.test(bare)
    ? (measureOf(bare) ?? 'actual')
    : undefined;
  if (measure) return { measure, role: measure, ...extras };
  return undefined;
}

/** Whether a header word makes its column hold money (or counts) to be read as figures. */
export function isFigureWord(word: HeaderWord): boolean {
  return (
    !word.ratio &&
    !word.numbering &&
    (word.measure !== undefined ||
      word.total === true ||
      word.part === true ||
      word.role === 'amount' ||
      word.role === 'headcount' ||
      word.role === 'standard' ||
      word.role === 'source')
  );
}
