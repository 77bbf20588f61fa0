import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CheckView } from '@/components/CheckView';
import { useT } from '@/components/i18n';
import { AudienceSwitch } from '@/components/AudienceSwitch';
import { Loading } from '@/components/Notes';
import { AdviceAnswer, useAdvice } from '@/components/useAdvice';
import { ShortlistView } from '@/components/Shortlist';
import { Tabs } from '@/components/Tabs';
import { PORT_PREFIX, readSideView, watchSideView, type SideView } from './state';

type TabId = 'advice' | 'check' | 'shortlist';

/** Tells the background this window's side panel is open for as long as it is (the port closes with the page). */
function holdPort(windowId: number): () => void {
  let closed = false;
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  const connect = () => {
    if (closed) return;
    port = browser.runtime.connect({ name: `${PORT_PREFIX}${windowId}` });
    // The background restarts now and then; connect again so it still knows.
    port.onDisconnect.addListener(() => setTimeout(connect, 200));
  };
  connect();
  return () => {
    closed = true;
    port?.disconnect();
  };
}

/** The side panel page: finds its window, then shows what the background last put there. */
export function SidePanelPage() {
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(
    () =>
      void browser.windows.getCurrent().then(
        (w) => setWindowId(w.id ?? null),
        () => setWindowId(-1),
      ),
    [],
  );
  useEffect(() => (windowId !== null && windowId >= 0 ? holdPort(windowId) : undefined), [windowId]);
  return windowId === null ? null : <SidePanel windowId={windowId} />;
}

/**
 * "Wegwijzer" beside the document: the advice for the latest activation, the
 * page check and "Mijn selectie". It follows each new activation in its window
 * and stays open while the user writes. Each tab keeps its state when the user
 * switches between them; a check runs only when asked for.
 */
export function SidePanel({ windowId }: { windowId: number }) {
  const t = useT();
  const [view, setView] = useState<SideView | null>(null);
  const [tab, setTab] = useState<TabId>('advice');
  useEffect(() => {
    const show = (v: SideView | null) => {
      setView(v);
      if (v) setTab(v.view);
    };
    // A change that arrives while the first read is under way is newer than what that read returns.
    let changed = false;
    void readSideView(windowId).then((v) => changed || show(v));
    return watchSideView(windowId, (v) => {
      changed = true;
      show(v);
    });
  }, [windowId]);

  return (
    <main class="page sidepanel" aria-labelledby="ww-sidepanel-title">
      <h1 id="ww-sidepanel-title" class="visually-hidden">
        Wegwijzer
      </h1>
      <AudienceSwitch compact />
      <Tabs
        tabs={[
          { id: 'advice', label: t('tabAdvice') },
          { id: 'check', label: t('tabCheck') },
          { id: 'shortlist', label: t('tabShortlist') },
        ]}
        selected={tab}
        onSelect={(id) => setTab(id as TabId)}
      >
        <div hidden={tab !== 'advice'}>
          {view?.view === 'advice' ? <Advice key={view.id} text={view.text} /> : <p class="hint">{t('sidePanelIntro')}</p>}
        </div>
        <div hidden={tab !== 'check'}>
          <CheckView key={view?.view === 'check' ? view.id : 'check'} autoRun={view?.view === 'check'} />
        </div>
        <div hidden={tab !== 'shortlist'}>
          <ShortlistView />
        </div>
      </Tabs>
    </main>
  );
}

const EXCERPT_CHARS = 120;
const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
};

/** The advice on one passage, asked for once when it arrives. */
export function Advice({ text }: { text: string }) {
  const t = useT();
  const { answer, load, askCouncil } = useAdvice(text);
  if (!text.trim()) return <p class="hint">{t('noSelection')}</p>;
  return (
    <div aria-busy={answer === null}>
      <h2>{t('adviceHeading')}</h2>
      <blockquote class="hint quote" data-passage>
        {excerpt(text)}
      </blockquote>
      {answer === null && <Loading />}
      {answer && <AdviceAnswer answer={answer} onRetry={load} onAskCouncil={askCouncil} />}
    </div>
  );
}
