import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '@/utils/ask';
import { useT } from '@/components/i18n';
import { matchCounts } from '@/components/MatchResults';
import { Loading } from '@/components/Notes';
import { AdviceAnswer, useAdvice } from '@/components/useAdvice';

/** The panel page: shown in a frame beside the selection, or in its own small window. */
export function PanelPage() {
  // null while asking; false when the session is gone (a second load of this address, older than a minute, no background).
  const [text, setText] = useState<string | false | null>(null);
  const session = new URLSearchParams(location.search).get('session') ?? '';
  useEffect(() => {
    void ask('panelSession', { session }).then((a) => setText(a.ok ? a.data.text : false));
  }, [session]);
  const close = () => (window.top === window ? window.close() : void ask('closePanel', {}));
  if (text === null) return null;
  return text === false ? <SessionGone onClose={close} /> : <Panel text={text} onClose={close} />;
}

/** The passage cannot be had any more: say so, and how to get advice after all. */
function SessionGone({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <PanelFrame onClose={onClose} busy={false}>
      <p class="hint" role="alert" data-session-gone>
        {t('panelSessionGone')}
      </p>
    </PanelFrame>
  );
}

/**
 * The advice on a passage: a non-modal dialog labelled "Wegwijzer". It asks
 * once, when opened; Escape closes it.
 */
export function Panel({ text, onClose }: { text: string; onClose: () => void }) {
  const t = useT();
  const { answer, load, askCouncil } = useAdvice(text);
  return (
    <PanelFrame onClose={onClose} busy={text.trim() !== '' && answer === null}>
      {/* Present from the start, so the counts are announced when they arrive. */}
      <p class="visually-hidden" role="status" aria-live="polite" data-counts>
        {answer?.ok ? matchCounts(answer.data, t) : ''}
      </p>
      {!text.trim() && <p class="hint">{t('noSelection')}</p>}
      {text.trim() && answer === null && <Loading />}
      {/* The outline under the panel's h1: the result sections are h3, below this h2. */}
      {answer?.ok && <h2 class="visually-hidden">{t('resultsHeading')}</h2>}
      {answer && <AdviceAnswer answer={answer} onRetry={load} onAskCouncil={askCouncil} />}
    </PanelFrame>
  );
}

/** The dialog around the panel's content: title, close button, Escape to close. */
function PanelFrame({ onClose, busy, children }: { onClose: () => void; busy: boolean; children: ComponentChildren }) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true }), []);

  return (
    <div
      ref={root}
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-label="Wegwijzer"
      aria-busy={busy}
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
      <div class="panel-body">{children}</div>
    </div>
  );
}
