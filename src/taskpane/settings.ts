import { isRoleOverrides, type RoleOverrides } from '../core/detect/overrides';
import type { Language } from '../core/model/finding';
import type { PaneSettings } from './host';

/** Document-settings key; one JSON value keeps settings atomic across saves. */
export const SETTINGS_KEY = 'budgetReconciler.settings';
export const LAST_RUN_KEY = 'budgetReconciler.lastRun';

/** Office display languages map to the product's two: Chinese variants to zh-CN, others en-US. */
export function languageOf(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export function defaultSettings(displayLanguage: string): PaneSettings {
  return { strict: false, language: languageOf(displayLanguage), overrides: {} };
}

function isOverrides(value: unknown): value is Record<string, RoleOverrides> {
  if (!value || typeof value !== 'object') return false;
  return Object.values(value).every(isRoleOverrides);
}

/**
 * Settings read back from the workbook, checked at the edge: anything malformed (an older
 * version, a hand edit) falls back to the defaults field by field instead of breaking the pane.
 */
export function parseSettings(value: unknown, displayLanguage: string): PaneSettings {
  const fallback = defaultSettings(displayLanguage);
  if (!value || typeof value !== 'object') return fallback;
  const raw = value as Partial<Record<keyof PaneSettings, unknown>>;
  return {
    strict: typeof raw.strict === 'boolean' ? raw.strict : fallback.strict,
    language:
      raw.language === 'zh-CN' || raw.language === 'en-US' ? raw.language : fallback.language,
    overrides: isOverrides(raw.overrides) ? raw.overrides : fallback.overrides,
  };
}
