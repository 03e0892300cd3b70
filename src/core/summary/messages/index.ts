import { maskedMessages } from '../../findings/privacy';
import type { Language } from '../../model/finding';
import { enUS } from './en-US';
import type { SummaryMessages } from './types';
import { zhCN } from './zh-CN';

export * from './types';

/**
 * The summary's texts per language. Every piece of user text (project, group, label, sheet
 * name) is masked before it enters a sentence, so an ID cannot run into a figure and escape.
 */
export const SUMMARY_MESSAGES: Readonly<Record<Language, SummaryMessages>> = {
  'zh-CN': maskedMessages(zhCN),
  'en-US': maskedMessages(enUS),
};
