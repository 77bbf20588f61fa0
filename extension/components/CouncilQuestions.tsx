import type { CheckResponse } from '@@/core/api/contract';
import { councilQuestions } from '@@/core/council/lens';
import { STEP_LABELS } from '@@/core/taxonomy';
import { useLang, useT } from './i18n';

/** True when the check was asked for a council member: every item then carries its question for the college. */
export const hasCouncilQuestions = (result: CheckResponse) =>
  result.items.length > 0 && result.items.every((i) => typeof i.councilQuestion === 'string');

/**
 * The check of a college document as a council member reads it: each missing
 * or weak item as the question to put to the college, grouped by the six steps.
 */
export function CouncilQuestions({ result }: { result: CheckResponse }) {
  const t = useT();
  const lang = useLang();
  const groups = councilQuestions(result.items);
  const status = { partial: t('statusPartial'), missing: t('statusMissing') };
  return (
    <section class="council-questions" aria-labelledby="ww-council-questions">
      <h3 id="ww-council-questions">{t('councilQuestionsTitle')}</h3>
      <p class="hint">{t('councilQuestionsIntro')}</p>
      {groups.length === 0 && <p class="empty">{t('councilQuestionsNone')}</p>}
      {groups.map((group) => (
        <section key={group.step} aria-labelledby={`ww-cq-${group.step}`}>
          <h4 id={`ww-cq-${group.step}`}>{STEP_LABELS[group.step][lang]}</h4>
          <ol class="list">
            {group.questions.map((q) => (
              <li key={q.id} class="item check-item council-question" data-item={q.id} data-status={q.status}>
                <span class={`status status-${q.status}`}>{status[q.status]}</span>
                <p>{q.question}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
