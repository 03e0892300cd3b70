import type { Finding, Language } from '../model/finding';
import { UNITS } from '../model/unit';
import { groupThousands } from '../money/format';

/**
 * Every rule of the findings contract: the twelve of RULE_NAMES and the five being added
 * (balance, rate, cross-table, formula, unread table). Keyed here by id so that a rule without
 * words is a type error, not a raw id on screen.
 */
export type RuleId =
  | 'budget-actual-mismatch'
  | 'duplicate-recipient'
  | 'funding-split-mismatch'
  | 'headcount-mismatch'
  | 'invalid-id'
  | 'not-a-number'
  | 'number-as-text'
  | 'over-budget'
  | 'per-capita-mismatch'
  | 'total-mismatch'
  | 'unit-assumed'
  | 'unmatched-project'
  | 'balance-mismatch'
  | 'rate-mismatch'
  | 'cross-table-mismatch'
  | 'formula-not-evaluated'
  | 'unread-table';

/**
 * How a rule's `expected` and `actual` read: compared figures (应为 / 填报), a budget against
 * what was spent, an ID (with the check digit it should end in), the cell's text, a name, or
 * nothing worth a line.
 */
type LineKind = 'compare' | 'budget' | 'booked' | 'id' | 'text' | 'name' | 'none';

interface RuleWords {
  readonly name: Readonly<Record<Language, string>>;
  readonly line: LineKind;
}

export const RULE_WORDS: Readonly<Record<RuleId, RuleWords>> = {
  'total-mismatch': { name: { 'zh-CN': '合计不符', 'en-US': 'Total mismatch' }, line: 'compare' },
  'per-capita-mismatch': {
    name: { 'zh-CN': '人均金额不符', 'en-US': 'Per-capita amount mismatch' },
    line: 'compare',
  },
  'headcount-mismatch': {
    name: { 'zh-CN': '人数不符', 'en-US': 'Headcount mismatch' },
    line: 'compare',
  },
  'budget-actual-mismatch': {
    name: { 'zh-CN': '执行数与发放明细不符', 'en-US': 'Executed amount differs from payments' },
    line: 'booked',
  },
  'funding-split-mismatch': {
    name: { 'zh-CN': '资金来源合计不符', 'en-US': 'Funding split mismatch' },
    line: 'compare',
  },
  'over-budget': { name: { 'zh-CN': '超预算', 'en-US': 'Over budget' }, line: 'budget' },
  'duplicate-recipient': {
    name: { 'zh-CN': '重复发放', 'en-US': 'Paid twice' },
    line: 'id',
  },
  'invalid-id': { name: { 'zh-CN': '身份证号无效', 'en-US': 'Invalid ID number' }, line: 'id' },
  'not-a-number': {
    name: { 'zh-CN': '无法识别为数字', 'en-US': 'Not a number' },
    line: 'text',
  },
  'number-as-text': {
    name: { 'zh-CN': '数字存为文本', 'en-US': 'Number stored as text' },
    line: 'text',
  },
  'unit-assumed': { name: { 'zh-CN': '未注明单位', 'en-US': 'Unit not stated' }, line: 'none' },
  'unmatched-project': {
    name: { 'zh-CN': '项目未对应', 'en-US': 'Project not matched' },
    line: 'name',
  },
  'balance-mismatch': {
    name: { 'zh-CN': '结余不符', 'en-US': 'Balance mismatch' },
    line: 'compare',
  },
  'rate-mismatch': {
    name: { 'zh-CN': '执行率不符', 'en-US': 'Execution rate mismatch' },
    line: 'compare',
  },
  'cross-table-mismatch': {
    name: { 'zh-CN': '表间数字不一致', 'en-US': 'Tables disagree' },
    line: 'compare',
  },
  'formula-not-evaluated': {
    name: { 'zh-CN': '公式未计算', 'en-US': 'Formula not calculated' },
    line: 'text',
  },
  'unread-table': { name: { 'zh-CN': '未能读取的表格', 'en-US': 'Table not read' }, line: 'none' },
};

export function isRuleId(rule: string): rule is RuleId {
  return Object.prototype.hasOwnProperty.call(RULE_WORDS, rule);
}

/** The rule's name in words; an id the table does not know yet is shown as a generic name. */
export function ruleName(rule: string, language: Language): string {
  if (isRuleId(rule)) return RULE_WORDS[rule].name[language];
  return language === 'zh-CN' ? '其他问题' : 'Other finding';
}

/** Units as the findings carry them (the contract's zh label) in the reader's language. */
function unitWord(unit: string | null, language: Language): string {
  if (!unit) return '';
  if (unit === '%') return '%';
  const known = Object.values(UNITS).find((candidate) => candidate.zh === unit);
  if (known) return language === 'zh-CN' ? known.zh : known.en;
  if (unit === '人') return language === 'zh-CN' ? '人' : 'people';
  return unit;
}

/** A figure with thousands separators and its unit, or the text as is when it is not a figure. */
export function figure(value: string, unit: string | null, language: Language): string {
  const grouped = /^-?\d+(\.\d+)?$/.test(value) ? groupThousands(value) : value;
  const word = unitWord(unit, language);
  if (!word) return grouped;
  if (word === '%') return `${grouped}%`;
  return language === 'zh-CN' ? `${grouped} ${word}` : `${grouped} ${word}`;
}

const LINES: Readonly<
  Record<Exclude<LineKind, 'none'>, Readonly<Record<Language, (e: string, a: string) => string>>>
> = {
  compare: {
    'zh-CN': (e, a) => `应为 ${e}，填报 ${a}`,
    'en-US': (e, a) => `should be ${e}; stated ${a}`,
  },
  booked: {
    'zh-CN': (e, a) => `发放明细合计 ${e}，执行数填报 ${a}`,
    'en-US': (e, a) => `payments add up to ${e}; executed amount stated ${a}`,
  },
  budget: {
    'zh-CN': (e, a) => `预算 ${e}，执行 ${a}`,
    'en-US': (e, a) => `budget ${e}; spent ${a}`,
  },
  id: {
    'zh-CN': (e, a) => (e ? `身份证号 ${a}，校验位应为 ${e}` : `身份证号 ${a}`),
    'en-US': (e, a) => (e ? `ID ${a}; its check digit should be ${e}` : `ID ${a}`),
  },
  text: {
    'zh-CN': (e, a) => (e ? `单元格内容“${a}”，按数字为 ${e}` : `单元格内容“${a}”`),
    'en-US': (e, a) => (e ? `the cell holds "${a}", as a number ${e}` : `the cell holds "${a}"`),
  },
  name: {
    'zh-CN': (_e, a) => `项目“${a}”`,
    'en-US': (_e, a) => `project "${a}"`,
  },
};

/**
 * The one line under a finding that says what was found against what was stated, in words
 * that fit the rule; null when the finding has nothing to compare.
 */
export function findingLine(finding: Finding, language: Language): string | null {
  const kind = isRuleId(finding.rule) ? RULE_WORDS[finding.rule].line : 'compare';
  if (kind === 'none' || finding.actual === null || finding.actual === '') return null;
  const figures = kind === 'compare' || kind === 'budget' || kind === 'booked';
  if (figures && (finding.expected === null || finding.expected === '')) return null;
  const expected = finding.expected ?? '';
  const show = (value: string) => (figures ? figure(value, finding.unit, language) : value);
  const number = kind === 'text' && expected ? figure(expected, finding.unit, language) : expected;
  return LINES[kind][language](figures ? show(expected) : number, show(finding.actual));
}
