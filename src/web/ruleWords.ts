/**
 * Rule names in words, for the findings list's group headings: the shared words of every front
 * end (src/core/i18n/ruleWords.ts).
 */
export { ruleName as ruleWords } from '../core/i18n/ruleWords';
