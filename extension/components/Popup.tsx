import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { updateSettings, type Settings } from '@/utils/settings';
import { openSidePanel, showInSidePanel, sidePanelAvailable, takePopupCheck } from '@/entrypoints/sidepanel/state';
import { AudienceSwitch } from './AudienceSwitch';
import { CheckView } from './CheckView';
import { useT } from './i18n';
import { WithSettings } from './WithSettings';
import { DocumentPicker } from './DocumentPicker';
import { PasteView } from './PasteView';
import { googleDocId } from '@/utils/google-docs';
import { SearchView } from './SearchView';
import { ShortlistView } from './Shortlist';
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

/**
 * The toolbar's route straight to the check: the side panel opens on the page
 * check, which stays beside the document. The browser lets it open only in the
 * click itself, so the window is looked up before; the popup then closes.
 */
function CheckInSidePanel() {
  const t = useT();
  const [target, setTarget] = useState<{ windowId: number; tabId: number }>();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined && tab.windowId !== undefined) setTarget({ windowId: tab.windowId, tabId: tab.id });
    });
  }, []);
  if (!target) return null;
  const run = () => {
    const opened = openSidePanel(target.windowId);
    void showInSidePanel(target.windowId, { view: 'check', tabId: target.tabId }).then(async () => (await opened) && window.close());
  };
  return (
    <button type="button" class="primary" onClick={run}>
      {t('checkInSidePanel')}
    </button>
  );
}

function PopupBody({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const t = useT();
  const [tab, setTab] = useState('search');
  const [onDocs, setOnDocs] = useState(false);
  // Google Docs draws on a canvas: there is no selection to take, so the paste box is the one click.
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (googleDocId(active?.url)) {
        setOnDocs(true);
        setTab('paste');
      }
    });
  }, []);
  // The context menu's check, where there is no side panel: the popup opens on it and runs it.
  const [checkNow, setCheckNow] = useState(false);
  useEffect(() => {
    void takePopupCheck().then((asked) => asked && (setTab('check'), setCheckNow(true)));
  }, []);
  return (
    <main class="page">
      {settings.display === 'sidepanel' && sidePanelAvailable() && <CheckInSidePanel />}
      <Tabs
        tabs={[
          { id: 'search', label: t('tabSearch') },
          { id: 'check', label: t('tabCheck') },
          { id: 'paste', label: t('tabPaste') },
          { id: 'document', label: t('tabDocument') },
          { id: 'shortlist', label: t('tabShortlist') },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'search' && <SearchView />}
        {tab === 'check' && <CheckView key={String(checkNow)} autoRun={checkNow} />}
        {tab === 'paste' && (
          <>
            {onDocs && <p class="hint">{t('pasteFromDocs')}</p>}
            <PasteView />
          </>
        )}
        {tab === 'shortlist' && <ShortlistView />}
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
