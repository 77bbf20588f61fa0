import { useState } from 'preact/hooks';
import type { CheckResponse } from '@@/core/api/contract';
import { STEPS } from '@@/core/taxonomy';
import { checkToMarkdown } from '@/utils/markdown';
import { CouncilQuestions, hasCouncilQuestions } from './CouncilQuestions';
import { useLabel, useLang, useT } from './i18n';

/**
 * The checklist check: a summary, then the 24 items grouped by the six steps
 * with their status, the evidence quoted from the draft, and what to add.
 */
export function CheckReport({
  result,
  title,
  onEvidence,
  onAskCouncil,
}: {
  result: CheckResponse;
  title?: string;
  onEvidence?: (sentence: string) => void;
  /** "Wat vraagt de raad?": a policy officer asks for the council's questions (the check again, for audience raad). */
  onAskCouncil?: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  const [copied, setCopied] = useState(false);
  const status = { covered: t('statusCovered'), partial: t('statusPartial'), missing: t('statusMissing') };
  const copy = async () => {
    await navigator.clipboard.writeText(checkToMarkdown(result, lang, title));
    setCopied(true);
  };
  return (
    <div class="check-report">
      <div class="summary-bar">
        <span role="status">{t('checkSummary', result.summary)}</span>
        <button type="button" onClick={copy}>
          {copied ? t('copied') : t('copyMarkdown')}
        </button>
      </div>
      {hasCouncilQuestions(result) ? (
        <CouncilQuestions result={result} />
      ) : (
        onAskCouncil && (
          <button type="button" class="link" title={t('councilAskHint')} onClick={onAskCouncil}>
            {t('councilAsk')}
          </button>
        )
      )}
      {STEPS.map((step) => (
        <section key={step} aria-labelledby={`step-${step}`}>
          <h3 id={`step-${step}`}>{label('step', step)}</h3>
          <ul class="list">
            {result.items
              .filter((i) => i.step === step)
              .map((item) => (
                <li key={item.id} class="check-item" data-item={item.id} data-status={item.status}>
                  <span class={`status status-${item.status}`}>{status[item.status]}</span>
                  <div>
                    <p>{item.question}</p>
                    {item.evidence.length > 0 && (
                      <div aria-label={t('evidenceLabel')}>
                        {item.evidence.map((e, i) =>
                          onEvidence ? (
                            <button key={i} type="button" class="evidence" aria-label={t('showInPage', { sentence: e })} onClick={() => onEvidence(e)}>
                              “{e}”
                            </button>
                          ) : (
                            <blockquote key={i} class="evidence">
                              “{e}”
                            </blockquote>
                          ),
                        )}
                      </div>
                    )}
                    {item.status !== 'covered' && (
                      <p class="advice">
                        <strong>{t('advice')}: </strong>
                        {item.advice}
                      </p>
                    )}
                  </div>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
