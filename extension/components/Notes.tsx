import type { ErrorKind, Mode } from '../utils/messages';
import type { MessageKey } from '../utils/i18n';
import { useT } from './i18n';

const MODE_TEXT: Record<Mode, MessageKey> = { api: 'modeApi', private: 'modePrivate', fallback: 'modeFallback' };

/** Says which engine answered: the server, private mode, or the stored index because the server was down. */
export function ModeNote({ mode }: { mode: Mode }) {
  const t = useT();
  return (
    <p class={`mode mode-${mode}`} role="status" data-mode={mode}>
      {t(MODE_TEXT[mode])}
    </p>
  );
}

const ERROR_TEXT: Record<ErrorKind, MessageKey> = {
  unreachable: 'errorUnreachable',
  timeout: 'errorTimeout',
  invalid: 'errorInvalid',
  rejected: 'errorGeneric',
  'no-text': 'checkNoText',
  'not-allowed': 'checkNotAllowed',
  internal: 'errorGeneric',
};

export function ErrorNote({ error, message, onRetry }: { error: ErrorKind; message?: string; onRetry?: () => void }) {
  const t = useT();
  return (
    <div class="error" role="alert">
      <p>{t(ERROR_TEXT[error], { message: message || error })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p class="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}
