import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LIMITS } from '@@/core/api/limits';
import type { Audience } from '@@/core/taxonomy';
import { ask } from '@/utils/ask';
import { failure, type Answer, type PageCheck, type ReadElsewhere, type Scope } from '@/utils/protocol';
import { GOOGLE_DOCS_ORIGIN } from '@/utils/google-docs';
import { wordCount } from '@/utils/words';
import { DOCUMENT_ERROR_TEXT, type DocumentErrorCode } from '@/documents/errors';
import { CheckReport } from './CheckReport';
import { useT } from './i18n';
import { ErrorNote, Loading, ModeNote } from './Notes';
import { ReadNote } from './ReadNote';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const DOCS_PERMISSION = { origins: [`${GOOGLE_DOCS_ORIGIN}/*`] };

type Note = { note: string };
type State = 'idle' | 'busy' | Answer<PageCheck> | Note | { permission: ReadElsewhere };

const isDocumentError = (e: unknown): e is Error & { code: DocumentErrorCode } =>
  e instanceof Error && e.name === 'DocumentError' && 'code' in e;

/**
 * A draft that is not in the page: the PDF the tab shows, or a Google Docs
 * document's text export. Fetched here, with the user's own session (the
 * user's click grants access to the tab), read here (pdf.js loads only now),
 * then checked as pasted text is.
 */
async function readElsewhere(
  source: ReadElsewhere,
  say: (key: 'docsFailed' | 'pdfFailed', status: string) => Note,
  docError: (code: DocumentErrorCode) => Note,
): Promise<Answer<PageCheck> | Note> {
  const failed = source.readElsewhere === 'pdf' ? 'pdfFailed' : 'docsFailed';
  let res: Response;
  try {
    res = await fetch(source.url, { credentials: 'include', cache: 'no-store', signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    return say(failed, (e as Error).name === 'TimeoutError' ? 'timeout' : 'geen verbinding');
  }
  if (!res.ok) return say(failed, `HTTP ${res.status}`);
  let text: string;
  if (source.readElsewhere === 'pdf') {
    const { pdfTextFromBytes } = await import('@/documents/pdf');
    try {
      text = (await pdfTextFromBytes(new Uint8Array(await res.arrayBuffer()), source.title || 'document.pdf')).text;
    } catch (e) {
      return docError(isDocumentError(e) ? e.code : 'damaged');
    }
  } else {
    // Signed out, Google answers with its login page (HTML), not the text.
    if (!/^text\/plain\b/i.test(res.headers.get('Content-Type') ?? '')) return say(failed, 'niet ingelogd');
    text = (await res.text()).replace(/^\ufeff/, '').trim();
  }
  const words = wordCount(text);
  if (words < LIMITS.minDraftWords) return failure('no-draft', '', { words });
  const answer = await ask('check', { text });
  if (!answer.ok) return answer;
  const read = { where: source.readElsewhere, words, chars: text.length, frameId: 0 };
  return { ...answer, data: { ...answer.data, read, title: source.title, selectionWords: 0 } };
}

/**
 * "Controleer deze pagina": the checklist check of the draft in the active
 * tab. The scope is the user's: the whole draft, or only the selection when
 * they choose it; never silently the one for the other.
 */
export function CheckView({ autoRun = false }: { autoRun?: boolean }) {
  const t = useT();
  const [state, setState] = useState<State>('idle');
  const [scope, setScope] = useState<Scope>('page');
  const [tabId, setTabId] = useState<number>();

  const say = (key: 'docsFailed' | 'pdfFailed', status: string): Note => ({ note: t(key, { status }) });
  const docError = (code: DocumentErrorCode): Note => ({
    note: t(DOCUMENT_ERROR_TEXT[code], { name: 'De PDF', kind: 'PDF', size: 0, max: 20 }),
  });
  const readIt = async (source: ReadElsewhere) => setState(await readElsewhere(source, say, docError));

  /** `audience` only when the view asks for it ("Wat vraagt de raad?"); else the background uses the setting. */
  const run = async (chosen: Scope = scope, audience?: Audience) => {
    setScope(chosen);
    setState('busy');
    const id = await activeTabId();
    setTabId(id);
    if (id === undefined) return setState({ ok: false, error: 'not-allowed', message: '' });
    const answer = await ask('checkPage', { tabId: id, scope: chosen, ...(audience && { audience }) });
    if (!answer.ok || !('readElsewhere' in answer.data)) return setState(answer as Answer<PageCheck>);
    const source = answer.data;
    if (source.readElsewhere === 'google-docs' && !(await browser.permissions.contains(DOCS_PERMISSION)))
      return setState({ permission: source });
    await readIt(source);
  };
  /** Asked on the user's click, as the browser requires; then read at once. */
  const allowDocs = async (source: ReadElsewhere) => {
    const granted = await browser.permissions.request(DOCS_PERMISSION).catch(() => false);
    if (!granted) return setState({ note: t('docsDenied') });
    setState('busy');
    await readIt(source);
  };
  useEffect(() => {
    if (autoRun) void run('page');
  }, []);
  const result = typeof state === 'object' && 'ok' in state ? state : null;
  const read = result?.ok ? result.data.read : null;
  // The evidence highlight: in the frame the draft was read from; a PDF or a Docs export has no page to mark.
  const show =
    read && read.where !== 'pdf' && read.where !== 'google-docs'
      ? (sentence: string) => tabId !== undefined && void ask('highlight', { tabId, frameId: read.frameId, sentence })
      : undefined;

  return (
    <div>
      <p class="hint">{t('checkIntro')}</p>
      <button type="button" onClick={() => run('page')} disabled={state === 'busy'}>
        {t('checkButton')}
      </button>
      {state === 'busy' && <Loading />}
      {typeof state === 'object' && 'permission' in state && (
        <div class="note">
          <p>{t('docsAsk')}</p>
          <button type="button" onClick={() => allowDocs(state.permission)}>
            {t('docsAllow')}
          </button>
        </div>
      )}
      {typeof state === 'object' && 'note' in state && (
        <div class="error" role="alert">
          <p>{state.note}</p>
        </div>
      )}
      {result && !result.ok && <ErrorNote failure={result} onRetry={() => run()} />}
      {result?.ok && (
        <>
          {result.mode && <ModeNote mode={result.mode} />}
          <ReadNote read={result.data.read} />
          {scope === 'page' && result.data.selectionWords >= 3 && (
            <button type="button" class="link" onClick={() => run('selection')}>
              {t('checkOnlySelection', { words: result.data.selectionWords })}
            </button>
          )}
          {scope === 'selection' && (
            <button type="button" class="link" onClick={() => run('page')}>
              {t('checkWholePage')}
            </button>
          )}
          <CheckReport result={result.data} title={result.data.title} onEvidence={show} onAskCouncil={() => run(scope, 'raad')} />
        </>
      )}
    </div>
  );
}
