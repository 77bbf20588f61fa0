import { useState } from 'preact/hooks';
import type { CheckResponse } from '@@/core/api/contract';
import { STEPS } from '@@/core/taxonomy';
import { reportToMarkdown } from '@/utils/markdown';
import { readKept } from '@/utils/report/kept';
import { buildReport, reportFileName, type ReadInfo, type ReportInput } from '@/utils/report/model';
import { openPrintView } from '@/utils/report/print';
import { CouncilQuestions, hasCouncilQuestions } from './CouncilQuestions';
import { useLabel, useLang, useT } from './i18n';

/** Why a quote counts as evidence: the cue, name, example sentence or heading the detector found, so the reader can disagree. */
function Reasons({ reasons }: { reasons: CheckResponse['items'][number]['reasons'] }) {
  const t = useT();
  if (!reasons.length) return null;
  return (
    <p class="reason">
      <span class="why-label">{t('whyItCounts')}: </span>
      {reasons.map((r) => r.detail).join('; ')}
    </p>
  );
}

/** Saves a file the way a link with `download` does: the browser's own download, no permission needed. */
function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Markdown, Word and print: the same report (model.ts), with "Mijn selectie" as it is at the moment of export. */
function ReportActions({ result, title, read }: { result: CheckResponse; title?: string; read?: ReadInfo }) {
  const t = useT();
  const lang = useLang();
  const [done, setDone] = useState<'' | 'copied' | 'word-busy' | 'word-failed'>('');
  const input = async (): Promise<ReportInput> => ({ check: result, lang, title, read, kept: await readKept(t) });
  const copy = async () => {
    await navigator.clipboard.writeText(reportToMarkdown(buildReport(await input())));
    setDone('copied');
  };
  const word = async () => {
    if (done === 'word-busy') return;
    setDone('word-busy');
    try {
      // The docx library loads only now, when the user asks for a Word document.
      const [{ reportToDocx }, data] = await Promise.all([import('@/utils/report/docx'), input()]);
      const report = buildReport(data);
      saveFile(await reportToDocx(report), reportFileName(report, 'docx'));
      setDone('');
    } catch {
      setDone('word-failed');
    }
  };
  return (
    <div class="report-actions">
      <button type="button" onClick={copy}>
        {done === 'copied' ? t('copied') : t('copyMarkdown')}
      </button>
      <button type="button" onClick={word} aria-disabled={done === 'word-busy'}>
        {done === 'word-busy' ? t('reportPreparing') : t('downloadDocx')}
      </button>
      <button type="button" onClick={async () => openPrintView(await input())}>
        {t('printReport')}
      </button>
      {done === 'word-failed' && (
        <p class="error" role="alert">
          {t('reportFailed')}
        </p>
      )}
    </div>
  );
}

/**
 * The checklist check: a summary, then the 24 items grouped by the six steps
 * with their status, the evidence quoted from the draft, and what to add.
 */
export function CheckReport({
  result,
  title,
  read,
  onEvidence,
  onAskCouncil,
}: {
  /** A page check carries what was read (`read`); a document check may pass it separately. */
  result: CheckResponse & { read?: ReadInfo };
  title?: string;
  read?: ReadInfo;
  onEvidence?: (sentence: string) => void;
  /** "Wat vraagt de raad?": a policy officer asks for the council's questions (the check again, for audience raad). */
  onAskCouncil?: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const status = { covered: t('statusCovered'), partial: t('statusPartial'), missing: t('statusMissing') };
  return (
    <div class="check-report">
      {/* The report's place in the page outline (h1 page, h2 report, h3 steps), wherever it is shown. */}
      <h2 class="visually-hidden">{t('markdownTitle')}</h2>
      <div class="summary-bar">
        <span role="status">{t('checkSummary', result.summary)}</span>
      </div>
      <ReportActions result={result} title={title} read={read ?? result.read} />
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
                        {item.evidence.map((e, i) => (
                          <div key={i} class="evidence-row">
                            {onEvidence ? (
                              <button
                                type="button"
                                class="evidence"
                                aria-label={t('showInPage', { sentence: e })}
                                onClick={() => onEvidence(e)}
                              >
                                “{e}”
                              </button>
                            ) : (
                              <blockquote class="evidence">“{e}”</blockquote>
                            )}
                            <Reasons reasons={item.reasons.filter((r) => r.evidence === i)} />
                          </div>
                        ))}
                      </div>
                    )}
                    {item.setAside && (
                      <div class="evidence-row set-aside" role="group" aria-label={t('setAsideLabel')}>
                        <blockquote class="evidence">“{item.setAside.evidence}”</blockquote>
                        <p class="reason">
                          <span class="why-label">{t('setAsideLabel')}: </span>
                          {item.setAside.detail}
                        </p>
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
