/**
 * Rule names in words, for the findings list's group headings. A shared module
 * (src/core/i18n/ruleWords.ts) is planned on the add-in's branch; when it lands this file is
 * replaced by a re-export of it, and nothing else in the page changes.
 */
import type { Language, RuleName } from '../core/model/finding';

const WORDS: Readonly<Record<Language, Readonly<Record<RuleName, string>>>> = {
  'zh-CN': {
    'total-mismatch': '合计与明细不符',
    'per-capita-mismatch': '人数 × 标准与金额不符',
    'headcount-mismatch': '人数与名单不符',
    'budget-actual-mismatch': '执行数与发放数不符',
    'over-budget': '执行数超过预算数',
    'funding-split-mismatch': '资金来源合计不符',
    'duplicate-recipient': '重复发放',
    'invalid-id': '身份证号无效',
    'not-a-number': '无法识别为数字',
    'number-as-text': '以文本形式存储的数字',
    'unit-assumed': '未注明单位（按元计）',
    'unmatched-project': '发放项目无对应预算',
    'formula-not-evaluated': '公式无计算结果',
    'unread-table': '未能可靠识别的表格',
  },
  'en-US': {
    'total-mismatch': 'Total differs from its lines',
    'per-capita-mismatch': 'Headcount × rate differs from the amount',
    'headcount-mismatch': 'Headcount differs from the roster',
    'budget-actual-mismatch': 'Executed amount differs from disbursements',
    'over-budget': 'Executed amount over budget',
    'funding-split-mismatch': 'Funding sources do not add up',
    'duplicate-recipient': 'Paid more than once',
    'invalid-id': 'Invalid resident ID',
    'not-a-number': 'Not a number',
    'number-as-text': 'Number stored as text',
    'unit-assumed': 'No unit stated (yuan assumed)',
    'unmatched-project': 'Disbursement without a budget line',
    'formula-not-evaluated': 'Formula without a result',
    'unread-table': 'Table not read with confidence',
  },
};

/** Rules the design names that the core does not have yet: worded ahead, used when they land. */
const COMING: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    'balance-mismatch': '收支总表两方不平',
    'rate-mismatch': '比率或增减数不符',
    'cross-table-mismatch': '表间数据不一致',
  },
  'en-US': {
    'balance-mismatch': 'Statement sides do not balance',
    'rate-mismatch': 'Rate or change differs from its figures',
    'cross-table-mismatch': 'Tables disagree on a figure',
  },
};

/** The rule's name in words; an id the page does not know yet is shown as it is. */
export function ruleWords(rule: string, language: Language): string {
  return (
    (WORDS[language] as Readonly<Record<string, string>>)[rule] ?? COMING[language][rule] ?? rule
  );
}
