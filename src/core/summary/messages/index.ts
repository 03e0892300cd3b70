import type { Language } from '../../model/finding';
import { enUS } from './en-US';
import type { SummaryMessages } from './types';
import { zhCN } from './zh-CN';

export * from './types';

/** The summary's texts per language. */
export const SUMMARY_MESSAGES: Readonly<Record<Language, SummaryMessages>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};
