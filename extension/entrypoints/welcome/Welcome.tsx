import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useT } from '@/components/i18n';
import { updateSettings, type Settings } from '@/utils/settings';

/**
 * The first-run page, opened once on install: what Wegwijzer does, what it
 * sends and when, how to use it in Word for the web, Google Docs and PDFs, and
 * where the settings are. The language can be switched right here.
 */
export function Welcome({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const t = useT();
  useEffect(() => void (document.title = t('welcomeTitle')), [settings.language]);
  return (
    <main class="page welcome" lang={settings.language}>
      <h1>{t('welcomeTitle')}</h1>
      <label class="field">
        <span>Taal / Language</span>
        <select
          value={settings.language}
          onChange={async (e) => onSettings(await updateSettings({ language: e.currentTarget.value as Settings['language'] }))}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <p>{t('welcomeWhat')}</p>

      <h2>{t('welcomeSendsTitle')}</h2>
      <ul>
        <li>{t('welcomeSendsNothing')}</li>
        <li>{t('welcomeSendsAsk', { url: settings.apiUrl })}</li>
        <li>{t('welcomeSendsServer')}</li>
        <li>{t('welcomeSendsPrivate')}</li>
        <li>{t('welcomeSendsShortlist')}</li>
      </ul>

      <h2>{t('welcomeUseTitle')}</h2>
      <p>{t('welcomeUseSelect')}</p>
      <p>{t('welcomeUseSidePanel')}</p>
      <p>{t('welcomeUseCheck')}</p>
      <h3>{t('welcomeWordTitle')}</h3>
      <p>{t('welcomeWord')}</p>
      <h3>{t('welcomeDocsTitle')}</h3>
      <p>{t('welcomeDocs')}</p>
      <h3>{t('welcomePdfTitle')}</h3>
      <p>{t('welcomePdf')}</p>

      <h2>{t('welcomeSettingsTitle')}</h2>
      <p>{t('welcomeSettings')}</p>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
        {t('welcomeOpenSettings')}
      </button>
    </main>
  );
}
