import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { updateSettings, type Settings } from '@/utils/settings';
import { AudienceSwitch } from './AudienceSwitch';
import { CheckView } from './CheckView';
import { useT } from './i18n';
import { WithSettings } from './WithSettings';
import { DocumentPicker } from './DocumentPicker';
import { PasteView } from './PasteView';
import { SearchView } from './SearchView';
import { Tabs } from './Tabs';

function SiteToggle({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  const t = useT();
  const [host, setHost] = useState<string>();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      try {
        const url = new URL(tab?.url ?? '');
        if (url.protocol === 'http:' || url.protocol === 'https:') setHost(url.hostname);
      } catch {
        /* no page: no toggle */
      }
    });
  }, []);
  if (!host) return <span />;
  const on = !settings.disabledSites.includes(host);
  return (
    <label>
      <input
        type="checkbox"
        checked={on}
        onChange={async (e) => {
          const enable = e.currentTarget.checked;
          const sites = settings.disabledSites.filter((s) => s !== host);
          onChange(await updateSettings({ disabledSites: enable ? sites : [...sites, host] }));
        }}
      />{' '}
      {t('siteToggle', { site: host })}
    </label>
  );
}

function PopupBody({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const t = useT();
  const [tab, setTab] = useState('search');
  return (
    <main class="page">
      <Tabs
        tabs={[
          { id: 'search', label: t('tabSearch') },
          { id: 'check', label: t('tabCheck') },
          { id: 'paste', label: t('tabPaste') },
          { id: 'document', label: t('tabDocument') },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'search' && <SearchView />}
        {tab === 'check' && <CheckView />}
        {tab === 'paste' && <PasteView />}
        {tab === 'document' && (
          <>
            <DocumentPicker />
            <button type="button" class="link" onClick={() => browser.tabs.create({ url: browser.runtime.getURL('/documents.html') })}>
              {t('openDocumentsPage')}
            </button>
          </>
        )}
      </Tabs>
      <footer class="footer">
        <AudienceSwitch compact onChange={onSettings} />
        <SiteToggle settings={settings} onChange={onSettings} />
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          {t('optionsLink')}
        </button>
      </footer>
    </main>
  );
}

/** The toolbar popup: search, the page check and a paste box. */
export function Popup() {
  return <WithSettings>{(settings, update) => <PopupBody settings={settings} onSettings={update} />}</WithSettings>;
}
