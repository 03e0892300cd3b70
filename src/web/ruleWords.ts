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
  },
};

/** The rule's name in words; an id the page does not know yet is shown as it is. */
export function ruleWords(rule: string, language: Language): string {
  return (WORDS[language] as Readonly<Record<string, string>>)[rule] ?? rule;
}
