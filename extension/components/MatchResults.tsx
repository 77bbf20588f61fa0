import type { MatchResponse } from '@@/core/api/contract';
import type { Intervention } from '@@/core/schema';
import type { MessageKey, Translate } from '@/utils/i18n';
import { useLabel, useT } from './i18n';
import { InterventionDetail, useDetailView } from './InterventionDetail';
import { InterventionItem } from './InterventionItem';
import { CouncilLens } from './CouncilLens';
import { KeepButton, mainSource } from './Shortlist';
import { Sources } from './Sources';
import { Why } from './Why';

/** "12 interventies, 5 do's en don'ts, 3 checklistpunten gevonden": for a polite live region around the results. */
export function matchCounts(result: Pick<MatchResponse, 'interventions' | 'guidance' | 'checklist'>, t: Translate): string {
  const n = (count: number, one: MessageKey, many: MessageKey) => (count === 1 ? t(one) : t(many, { count }));
  return t('matchCounts', {
    list: [
      n(result.interventions.length, 'countIntervention', 'countInterventions'),
      n(result.guidance.length, 'countGuidanceOne', 'countGuidance'),
      n(result.checklist.length, 'countChecklistOne', 'countChecklist'),
    ].join(', '),
  });
}

/** The three sections of advice for a passage: interventions, do's and don'ts, checklist. */
export function MatchResults({
  result,
  onAskCouncil,
}: {
  result: MatchResponse;
  /** "Wat vraagt de raad?": ask again with the council lens. */ onAskCouncil?: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const { list, detail, open, back } = useDetailView<Intervention>();
  if (detail) return <InterventionDetail record={detail} onBack={back} />;
  return (
    <div class="results" ref={list}>
      {result.council ? (
        <CouncilLens council={result.council} />
      ) : (
        onAskCouncil && (
          <button type="button" class="link" title={t('councilAskHint')} onClick={onAskCouncil}>
            {t('councilAsk')}
          </button>
        )
      )}
      <section aria-labelledby="ww-interventions">
        <h3 id="ww-interventions">{t('interventions')}</h3>
        {result.interventions.length ? (
          <ol class="list">
            {result.interventions.map((r) => (
              <InterventionItem key={r.id} record={r} why={r.why} onOpen={open} />
            ))}
          </ol>
        ) : (
          <p class="empty">{t('noInterventions')}</p>
        )}
      </section>
      <section aria-labelledby="ww-guidance">
        <h3 id="ww-guidance">{t('guidance')}</h3>
        {result.guidance.length ? (
          <ul class="list">
            {result.guidance.map((g) => (
              <li key={g.id} class={`item guidance ${g.kind}`}>
                <p class="guidance-text">
                  <span class={`badge badge-${g.kind}`}>{g.kind === 'do' ? t('do') : t('dont')}</span> {g.text}
                </p>
                <details>
                  <summary>{t('why')}</summary>
                  <p>{g.reason}</p>
                  <Sources sources={g.sources} />
                </details>
                <Why why={g.why} />
                <KeepButton entry={{ id: g.id, kind: g.kind, title: g.text, source: mainSource(g.sources) }} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('noGuidance')}</p>
        )}
      </section>
      <section aria-labelledby="ww-checklist">
        <h3 id="ww-checklist">{t('checklist')}</h3>
        {result.checklist.length ? (
          <ul class="list">
            {result.checklist.map((c) => (
              <li key={c.id} class="item">
                <p class="check-question">
                  <span class="step">{label('step', c.step)}</span> {c.question}
                </p>
                <Why why={c.why} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="empty">{t('noChecklist')}</p>
        )}
      </section>
    </div>
  );
}
