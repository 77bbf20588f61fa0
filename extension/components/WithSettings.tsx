import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getSettings, type Settings } from '@/utils/settings';
import { LangContext } from './i18n';

/** An extension page once its settings are read: in the chosen language, with a way to update them. */
export function WithSettings({ children }: { children: (settings: Settings, update: (s: Settings) => void) => ComponentChildren }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => void getSettings().then(setSettings), []);
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.language;
  }, [settings?.language]);
  if (!settings) return null;
  return <LangContext.Provider value={settings.language}>{children(settings, setSettings)}</LangContext.Provider>;
}
