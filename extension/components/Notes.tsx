import { browser } from 'wxt/browser';
import type { ErrorKind, Failure, Mode } from '@/utils/protocol';
import type { MessageKey } from '@/utils/i18n';
import { useT } from './i18n';

const MODE_TEXT: Record<Mode, MessageKey> = { api: 'modeApi', private: 'modePrivate', fallback: 'modeFallback', local: 'modeLocal' };

/** Says which engine answered: the server, private mode, or the stored index because the server was down. */
export function ModeNote({ mode }: { mode: Mode }) {
  const t = useT();
  return (
    <p class={`mode mode-${mode}`} data-mode={mode}>
      {t(MODE_TEXT[mode])}
    </p>
  );
}

const ERROR_TEXT: Record<ErrorKind, MessageKey> = {
  unreachable: 'errorUnreachable',
  timeout: 'errorTimeout',
  invalid: 'errorInvalid',
  rejected: 'errorGeneric',
  'rate-limited': 'errorRateLimited',
  'no-text': 'checkNoText',
  'no-draft': 'checkNoDraft',
  'no-selection': 'noSelection',
  'not-allowed': 'checkNotAllowed',
  internal: 'errorGeneric',
};

/** A failure in words a person can act on; an unreachable server is named, with the way to the settings. */
export function ErrorNote({ failure, onRetry }: { failure: Failure; onRetry?: () => void }) {
  const t = useT();
  const { error, message, detail } = failure;
  return (
    <div class="error" role="alert">
      <p>
        {t(ERROR_TEXT[error], {
          message: message || error,
          url: detail?.apiUrl ?? '',
          words: detail?.words ?? 0,
          seconds: detail?.retryAfter ?? 60,
        })}
      </p>
      {error === 'unreachable' && detail?.apiUrl && (
        <p>
          {t('errorUnreachableAddress', { url: detail.apiUrl })}{' '}
          <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
            {t('optionsLink')}
          </button>
        </p>
      )}
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
