/**
 * UI text in Dutch (default) or English, chosen in the settings. The browser's
 * own i18n cannot switch language inside the extension, so the manifest uses
 * _locales and the UI uses these typed tables.
 */
import { en } from '@/locales/en';
import { nl, type Messages } from '@/locales/nl';
import type { Lang } from '@@/core/taxonomy';

export type { Lang };
export type MessageKey = keyof Messages;
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const TABLES: Record<Lang, Messages> = { nl, en };

export function translator(lang: Lang): Translate {
  const table = TABLES[lang] ?? nl;
  return (key, vars) => {
    let text = table[key] ?? nl[key];
    if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
}
