import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '@@/core/api/limits';
import type { DocumentText } from '../documents/types';
import { DOCUMENT_ERROR_TEXT, type DocumentErrorCode } from '../documents/errors';
import { checkText } from '../documents/run-check';
import { CheckReport } from './CheckReport';
import { useLang, useT } from './i18n';
import { ErrorNote, Loading, ModeNote } from './Notes';

export const DOCUMENT_ACCEPT =
  '.docx,.odt,.pdf,.txt,.md,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,application/pdf,text/plain,text/markdown';
const MB = 1024 * 1024;

type Checked = Awaited<ReturnType<typeof checkText>>;
type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'failed'; name: string; code: DocumentErrorCode; size: number }
  | { step: 'read'; doc: DocumentText; answer?: Checked };

/** The document libraries load only now, when a document is chosen. */
const loadReader = () => import('../documents');

function isDocumentError(e: unknown): e is Error & { code: DocumentErrorCode } {
  return e instanceof Error && e.name === 'DocumentError' && 'code' in e;
}

/**
 * Choose a document (or drop one): it is read here, in the extension, and its
 * text is checked against the checklist like a pasted draft. A document too
 * short to be a draft gets no verdict.
 */
export function DocumentPicker({ dropOnPage = false }: { dropOnPage?: boolean }) {
  const t = useT();
  const lang = useLang();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const current = useRef(0);
  const number = (n: number) => new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(n);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    // A newer choice wins over one still being read.
    const run = ++current.current;
    setState({ step: 'reading', name: file.name });
    const { readDocument } = await loadReader();
    let doc: DocumentText;
    try {
      doc = await readDocument(file);
    } catch (e) {
      if (run !== current.current) return;
      return setState({ step: 'failed', name: file.name, code: isDocumentError(e) ? e.code : 'damaged', size: file.size });
    }
    if (run !== current.current) return;
    setState({ step: 'read', doc });
    if (doc.words < LIMITS.minDraftWords) return;
    const answer = await checkText(doc.text);
    if (run === current.current) setState({ step: 'read', doc, answer });
  };

  // On the full-page view a document can be dropped anywhere; the browser must not open it instead.
  useEffect(() => {
    if (!dropOnPage) return;
    const over = (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => e.relatedTarget === null && setDragging(false);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void choose(e.dataTransfer?.files[0]);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, [dropOnPage]);

  const zoneEvents = dropOnPage
    ? {}
    : {
        onDragOver: (e: DragEvent) => {
          e.preventDefault();
          setDragging(true);
        },
        onDragLeave: () => setDragging(false),
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          setDragging(false);
          void choose(e.dataTransfer?.files[0]);
        },
      };

  return (
    <div class="documents">
      <div
        class="drop-zone"
        data-dragging={dragging || undefined}
        style={{
          border: `2px dashed ${dragging ? 'var(--ww-accent)' : 'var(--ww-line)'}`,
          borderRadius: '8px',
          padding: '10px 12px',
          margin: '6px 0',
        }}
        {...zoneEvents}
      >
        <label class="field">
          <span>{t('docPickLabel')}</span>
          <input
            ref={input}
            type="file"
            accept={DOCUMENT_ACCEPT}
            onChange={(e) => {
              void choose(e.currentTarget.files?.[0]);
              // Choosing the same file again (after editing it) reads it again.
              e.currentTarget.value = '';
            }}
          />
        </label>
        <p class="hint">{t('docDropZone')}</p>
        <p class="hint">{t('docIntro')}</p>
      </div>
      {state.step === 'reading' && (
        <p class="loading" role="status" aria-live="polite">
          {t('docReading')}
        </p>
      )}
      {state.step === 'failed' && (
        <div class="error" role="alert">
          <p>
            {t(DOCUMENT_ERROR_TEXT[state.code], {
              name: state.name,
              size: number(Math.round((state.size / MB) * 10) / 10),
              max: number(20),
              kind: (/\.([^.]+)$/.exec(state.name)?.[1] ?? '').toUpperCase(),
            })}
          </p>
        </div>
      )}
      {state.step === 'read' && <DocumentResult doc={state.doc} answer={state.answer} words={number(state.doc.words)} />}
    </div>
  );
}

function DocumentResult({ doc, answer, words }: { doc: DocumentText; answer?: Checked; words: string }) {
  const t = useT();
  const enough = doc.words >= LIMITS.minDraftWords;
  return (
    <div>
      <p class="hint" data-document-read>
        {t('docRead', { name: doc.name, words })}
      </p>
      {!enough && (
        <p class="note" role="alert">
          {t('docNoDraft', { name: doc.name, words, min: LIMITS.minDraftWords })}
        </p>
      )}
      {enough && !answer && <Loading />}
      {answer && !answer.ok && <ErrorNote failure={answer} />}
      {answer?.ok && (
        <>
          {answer.mode && <ModeNote mode={answer.mode} />}
          <CheckReport result={answer.data} title={doc.title} />
        </>
      )}
    </div>
  );
}
