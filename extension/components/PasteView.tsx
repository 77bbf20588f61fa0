import { useState } from 'preact/hooks';
import { LIMITS } from '@@/core/api/limits';
import { ask } from '@/utils/ask';
import type { Answer, Answers } from '@/utils/protocol';
import { CheckReport } from './CheckReport';
import { useT } from './i18n';
import { MatchResults } from './MatchResults';
import { ErrorNote, Loading, ModeNote } from './Notes';

type Result = { kind: 'match'; answer: Answer<Answers['match']> } | { kind: 'check'; answer: Answer<Answers['check']> };

/** For drafts selection cannot reach (Google Docs draws on a canvas): paste, then ask. */
export function PasteView() {
  const t = useT();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const run = async (kind: Result['kind']) => {
    setResult(null);
    if (!text.trim()) return setNote(t('pasteEmpty'));
    if (text.length > LIMITS.selectionChars) return setNote(t('pasteTooLong', { count: text.length, max: LIMITS.selectionChars }));
    setNote('');
    setBusy(true);
    const r: Result = kind === 'match' ? { kind, answer: await ask('match', { text }) } : { kind, answer: await ask('check', { text }) };
    setBusy(false);
    setResult(r);
  };

  return (
    <div>
      <label class="field">
        <span>{t('pasteLabel')}</span>
        <textarea value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="summary-bar">
        <button type="button" onClick={() => run('match')} disabled={busy}>
          {t('pasteMatch')}
        </button>
        <button type="button" onClick={() => run('check')} disabled={busy}>
          {t('pasteCheck')}
        </button>
      </div>
      {note && (
        <p class="hint" role="alert">
          {note}
        </p>
      )}
      {busy && <Loading />}
      {result?.answer.ok === false && <ErrorNote failure={result.answer} />}
      {result?.answer.ok && result.answer.mode && <ModeNote mode={result.answer.mode} />}
      {result?.kind === 'match' && result.answer.ok && <MatchResults result={result.answer.data} />}
      {result?.kind === 'check' && result.answer.ok && <CheckReport result={result.answer.data} />}
    </div>
  );
}
