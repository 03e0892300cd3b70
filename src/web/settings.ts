import type { Language } from '../core/model/finding';

/** What the user can set: strict mode and the language, remembered in this browser. */
export interface WebSettings {
  readonly strict: boolean;
  readonly language: Language;
}

export const SETTINGS_KEY = 'budgetReconciler.web.settings';

/** Browser languages map to the product's two: Chinese variants to zh-CN, others en-US. */
export function languageOf(browserLanguages: readonly string[]): Language {
  const first = browserLanguages[0] ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

/** Settings read back from storage, checked field by field; anything malformed is a default. */
export function parseSettings(
  stored: string | null,
  browserLanguages: readonly string[],
): WebSettings {
  const fallback: WebSettings = { strict: false, language: languageOf(browserLanguages) };
  let value: unknown;
  try {
    value = stored === null ? null : JSON.parse(stored);
  } catch {
    return fallback;
  }
  if (!value || typeof value !== 'object') return fallback;
  const raw = value as Partial<Record<keyof WebSettings, unknown>>;
  return {
    strict: typeof raw.strict === 'boolean' ? raw.strict : fallback.strict,
    language:
      raw.language === 'zh-CN' || raw.language === 'en-US' ? raw.language : fallback.language,
  };
}

/** Storage can be missing or refused (privacy modes, some file:// setups): settings then last a session. */
export function loadSettings(): WebSettings {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(SETTINGS_KEY);
  } catch {
    stored = null;
  }
  return parseSettings(
    stored,
    navigator.languages?.length ? navigator.languages : [navigator.language],
  );
}

export function saveSettings(settings: WebSettings): void {
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Not remembered; the page still works.
  }
}
