import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask } from '@/utils/ask';
import type { Answer, Answers } from '@/utils/protocol';
import { useT } from './i18n';
import { MatchResults } from './MatchResults';
import { ErrorNote, ModeNote } from './Notes';

/** Advice on a passage, asked once when the passage arrives; "Wat vraagt de raad?" asks again with the council lens, for this view only. */
export function useAdvice(text: string) {
  const [answer, setAnswer] = useState<Answer<Answers['match']> | null>(null);
  const load = useCallback(() => {
    setAnswer(null);
    if (text.trim()) void ask('match', { text }).then(setAnswer);
  }, [text]);
  useEffect(load, [load]);
  const askCouncil = () => {
    setAnswer(null);
    void ask('match', { text, audience: 'raad' }).then(setAnswer);
  };
  return { answer, load, askCouncil };
}

/** The answer once it is there: an error with a retry, or which engine answered, the part of a long selection, and the results. */
export function AdviceAnswer({
  answer,
  onRetry,
  onAskCouncil,
}: {
  answer: Answer<Answers['match']>;
  onRetry: () => void;
  onAskCouncil: () => void;
}) {
  const t = useT();
  if (!answer.ok) return <ErrorNote failure={answer} onRetry={onRetry} />;
  return (
    <>
      {answer.mode && <ModeNote mode={answer.mode} />}
      {answer.data.part && <p class="hint">{t('partOfSelection', { chars: answer.data.part.chars, of: answer.data.part.of })}</p>}
      <MatchResults result={answer.data} onAskCouncil={onAskCouncil} />
    </>
  );
}
