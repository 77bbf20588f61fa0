import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '@/utils/ask';
import type { Answer, PageCheck, Scope } from '@/utils/protocol';
import { CheckReport } from './CheckReport';
import { useT } from './i18n';
import { ErrorNote, Loading, ModeNote } from './Notes';
import { ReadNote } from './ReadNote';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * "Controleer deze pagina": the checklist check of the draft in the active
 * tab. The scope is the user's: the whole draft, or only the selection when
 * they choose it; never silently the one for the other.
 */
export function CheckView({ autoRun = false }: { autoRun?: boolean }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'busy' | Answer<PageCheck>>('idle');
  const [scope, setScope] = useState<Scope>('page');
  const [tabId, setTabId] = useState<number>();

  const run = async (chosen: Scope = scope) => {
    setScope(chosen);
    setState('busy');
    const id = await activeTabId();
    setTabId(id);
    if (id === undefined) return setState({ ok: false, error: 'not-allowed', message: '' });
    setState(await ask('checkPage', { tabId: id, scope: chosen }));
  };
  useEffect(() => {
    if (autoRun) void run('page');
  }, []);
  const frameId = typeof state === 'object' && state.ok ? state.data.read.frameId : 0;
  const show = (sentence: string) => tabId !== undefined && void ask('highlight', { tabId, frameId, sentence });

  return (
    <div>
      <p class="hint">{t('checkIntro')}</p>
      <button type="button" onClick={() => run('page')} disabled={state === 'busy'}>
        {t('checkButton')}
      </button>
      {state === 'busy' && <Loading />}
      {typeof state === 'object' && !state.ok && <ErrorNote failure={state} onRetry={() => run()} />}
      {typeof state === 'object' && state.ok && (
        <>
          {state.mode && <ModeNote mode={state.mode} />}
          <ReadNote read={state.data.read} />
          {scope === 'page' && state.data.selectionWords >= 3 && (
            <button type="button" class="link" onClick={() => run('selection')}>
              {t('checkOnlySelection', { words: state.data.selectionWords })}
            </button>
          )}
          {scope === 'selection' && (
            <button type="button" class="link" onClick={() => run('page')}>
              {t('checkWholePage')}
            </button>
          )}
          <CheckReport result={state.data} title={state.data.title} onEvidence={show} />
        </>
      )}
    </div>
  );
}
