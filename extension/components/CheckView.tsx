import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CheckResponseSchema } from '../../core/api/contract';
import { ask } from '../utils/ask';
import { PageSourceSchema, type Answer } from '../utils/messages';
import { CheckReport } from './CheckReport';
import { useT } from './i18n';
import { ErrorNote, Loading, ModeNote } from './Notes';

const PageCheckSchema = z.extend(CheckResponseSchema, { source: PageSourceSchema, title: z.string() });
type PageCheck = z.output<typeof PageCheckSchema>;

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** "Controleer deze pagina": the checklist check of the active tab's draft, in one click. */
export function CheckView() {
  const t = useT();
  const [state, setState] = useState<'idle' | 'busy' | Answer<PageCheck>>('idle');
  const [tabId, setTabId] = useState<number>();

  const run = async () => {
    setState('busy');
    const id = await activeTabId();
    setTabId(id);
    if (id === undefined) return setState({ ok: false, error: 'not-allowed', message: '' });
    setState(await ask({ type: 'wegwijzer:check-page', tabId: id }, PageCheckSchema));
  };
  const show = (sentence: string) => tabId !== undefined && void ask({ type: 'wegwijzer:highlight', tabId, sentence }, z.object({ found: z.string() }));

  return (
    <div>
      <p class="hint">{t('checkIntro')}</p>
      <button type="button" onClick={run} disabled={state === 'busy'}>
        {t('checkButton')}
      </button>
      {state === 'busy' && <Loading />}
      {typeof state === 'object' && !state.ok && <ErrorNote error={state.error} message={state.message} onRetry={run} />}
      {typeof state === 'object' && state.ok && (
        <>
          <ModeNote mode={state.mode} />
          {state.data.source === 'selection' && <p class="hint">{t('checkSelectionUsed')}</p>}
          <CheckReport result={state.data} title={state.data.title} onEvidence={show} />
        </>
      )}
    </div>
  );
}
