import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '@/utils/ask';
import type { Answer, Answers } from '@/utils/protocol';
import { useT } from '@/components/i18n';
import { matchCounts, MatchResults } from '@/components/MatchResults';
import { ErrorNote, Loading, ModeNote } from '@/components/Notes';

/** The panel page: shown in a frame beside the selection, or in its own small window. */
export function PanelPage() {
  const [text, setText] = useState<string | null>(null);
  const session = new URLSearchParams(location.search).get('session') ?? '';
  useEffect(() => {
    void ask('panelSession', { session }).then((a) => setText(a.ok ? a.data.text : ''));
  }, [session]);
  const close = () => (window.top === window ? window.close() : void ask('closePanel', {}));
  return text === null ? null : <Panel text={text} onClose={close} />;
}

/**
 * The advice on a passage: a non-modal dialog labelled "Wegwijzer". It asks
 * once, when opened; Escape closes it.
 */
export function Panel({ text, onClose }: { text: string; onClose: () => void }) {
  const t = useT();
  const [answer, setAnswer] = useState<Answer<Answers['match']> | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    setAnswer(null);
    if (text.trim()) void ask('match', { text }).then(setAnswer);
  }, [text]);
  useEffect(load, [load]);
  /** "Wat vraagt de raad?": the same passage with the council lens, for this view only. */
  const askCouncil = () => {
    setAnswer(null);
    void ask('match', { text, audience: 'raad' }).then(setAnswer);
  };
  useEffect(() => root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true }), []);

  return (
    <div
      ref={root}
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-label="Wegwijzer"
      aria-busy={text.trim() !== '' && answer === null}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="panel-header">
        <h1 tabIndex={-1} data-autofocus>
          {t('panelTitle')}
        </h1>
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="panel-body">
        {/* Present from the start, so the counts are announced when they arrive. */}
        <p class="visually-hidden" role="status" aria-live="polite" data-counts>
          {answer?.ok ? matchCounts(answer.data, t) : ''}
        </p>
        {!text.trim() && <p class="hint">{t('noSelection')}</p>}
        {text.trim() && answer === null && <Loading />}
        {answer?.ok === false && <ErrorNote failure={answer} onRetry={load} />}
        {answer?.ok && (
          <>
            {/* The outline under the panel's h1: the result sections are h3, below this h2. */}
            <h2 class="visually-hidden">{t('resultsHeading')}</h2>
            {answer.mode && <ModeNote mode={answer.mode} />}
            {answer.data.part && <p class="hint">{t('partOfSelection', { chars: answer.data.part.chars, of: answer.data.part.of })}</p>}
            <MatchResults result={answer.data} onAskCouncil={askCouncil} />
          </>
        )}
      </div>
    </div>
  );
}
