import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { MatchResponseSchema, type MatchResponse } from '../../core/api/contract';
import { ask } from '../utils/ask';
import type { Answer } from '../utils/messages';
import { useT } from './i18n';
import { MatchResults } from './MatchResults';
import { ErrorNote, Loading, ModeNote } from './Notes';

/**
 * The panel beside the selection: a non-modal dialog labelled "Wegwijzer".
 * It asks for advice once, when opened; Escape closes it.
 */
export function Panel({ text, onClose }: { text: string; onClose: () => void }) {
  const t = useT();
  const [answer, setAnswer] = useState<Answer<MatchResponse> | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    setAnswer(null);
    void ask({ type: 'wegwijzer:match', text }, MatchResponseSchema).then(setAnswer);
  }, [text]);
  useEffect(load, [load]);
  useEffect(() => root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true }), []);

  return (
    <div
      ref={root}
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-label="Wegwijzer"
      aria-busy={answer === null}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="panel-header">
        <h2 tabIndex={-1} data-autofocus>
          {t('panelTitle')}
        </h2>
        <button type="button" class="close" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="panel-body">
        {answer === null && <Loading />}
        {answer?.ok === false && <ErrorNote error={answer.error} message={answer.message} onRetry={load} />}
        {answer?.ok && (
          <>
            <ModeNote mode={answer.mode} />
            <MatchResults result={answer.data} />
          </>
        )}
      </div>
    </div>
  );
}
