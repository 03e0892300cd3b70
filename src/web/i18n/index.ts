import type { Language } from '../../core/model/finding';
import { enUS } from './en-US';
import type { Messages } from './messages';
import { zhCN } from './zh-CN';

export type { Messages };

export const MESSAGES: Readonly<Record<Language, Messages>> = { 'zh-CN': zhCN, 'en-US': enUS };
