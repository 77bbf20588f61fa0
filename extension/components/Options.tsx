import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_API_URL, parseApiUrl, refusedApiUrl, updateSettings, type Settings } from '@/utils/settings';
import { AudienceSwitch } from './AudienceSwitch';
import { useT } from './i18n';
import { WithSettings } from './WithSettings';

function OptionsForm({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const t = useT();
  const [apiUrl, setApiUrl] = useState(settings.apiUrl);
  const [mode, setMode] = useState(settings.mode);
  const [language, setLanguage] = useState(settings.language);
  const [display, setDisplay] = useState(settings.display);
  const [note, setNote] = useState('');
  // A stored address that is not https/localhost or not granted is not used (storage is shared with content scripts): say so.
  const [refused, setRefused] = useState<Awaited<ReturnType<typeof refusedApiUrl>>>(null);
  useEffect(() => void refusedApiUrl().then(setRefused), []);

  const save = async (e: Event) => {
    e.preventDefault();
    const url = parseApiUrl(apiUrl);
    if (!url) return setNote(t('apiUrlInvalid'));
    // A new server address needs the user's permission before the background may reach it.
    const origin = `${new URL(url).origin}/*`;
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) return setNote(t('permissionDenied'));
    onSaved(await updateSettings({ apiUrl: url, mode, language, display }));
    setRefused(null);
    setNote(t('saved'));
  };

  return (
    <form onSubmit={save}>
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('privacyNote')}</p>
      <AudienceSwitch onChange={onSaved} />
      <label class="field">
        <span>{t('apiUrlLabel')}</span>
        <input type="url" value={apiUrl} onInput={(e) => setApiUrl(e.currentTarget.value)} aria-describedby="api-help" />
        <span id="api-help" class="hint">
          {t('apiUrlHelp', { url: DEFAULT_API_URL })}
        </span>
      </label>
      {refused && (
        <p class="note" role="alert" data-refused-api>
          {refused.apiUrl}: {t(refused.problem === 'not-https' ? 'apiUrlInvalid' : 'permissionDenied')}{' '}
          {t('apiUrlHelp', { url: DEFAULT_API_URL })}
        </p>
      )}
      <fieldset>
        <legend>{t('modeLabel')}</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'auto'} onChange={() => setMode('auto')} /> {t('modeAuto')}
        </label>
        <br />
        <label>
          <input type="radio" name="mode" checked={mode === 'private'} onChange={() => setMode('private')} /> {t('modePrivateOption')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('displayLabel')}</legend>
        <label>
          <input type="radio" name="display" checked={display === 'sidepanel'} onChange={() => setDisplay('sidepanel')} />{' '}
          {t('displaySidePanel')}
        </label>
        <br />
        <label>
          <input type="radio" name="display" checked={display === 'beside'} onChange={() => setDisplay('beside')} /> {t('displayBeside')}
        </label>
      </fieldset>
      <label class="field">
        <span>{t('languageLabel')}</span>
        <select value={language} onChange={(e) => setLanguage(e.currentTarget.value as Settings['language'])}>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="submit">{t('save')}</button>
      <p role="status" class="hint">
        {note}
      </p>
      <h2>{t('disabledSites')}</h2>
      {settings.disabledSites.length ? (
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button
                type="button"
                class="link"
                onClick={async () => onSaved(await updateSettings({ disabledSites: settings.disabledSites.filter((s) => s !== site) }))}
              >
                {t('enableSite', { site })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('noDisabledSites')}</p>
      )}
    </form>
  );
}

/** The options page: server address, private mode, language, sites without the button. */
export function Options() {
  return (
    <WithSettings>
      {(settings, update) => (
        <main class="page options">
          <OptionsForm settings={settings} onSaved={update} />
        </main>
      )}
    </WithSettings>
  );
}
