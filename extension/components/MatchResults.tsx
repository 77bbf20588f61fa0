import { useState } from 'preact/hooks';
import type { MatchResponse } from '@@/core/api/contract';
import type { Intervention } from '@@/core/schema';
import { useLabel, useT } from './i18n';
import { InterventionDetail } from './InterventionDetail';
import { InterventionItem } from './InterventionItem';
import { KeepButton, mainSource } from './Shortlist';
import { CouncilLens } from './CouncilLens';
import { Sources } from './Sources';
import { Why } from './Why';

/** The three sections of advice for a passage: interventions, do's and don'ts, checklist. */
export function MatchResults({ result, onAskCouncil }: { result: MatchResponse; /** "Wat vraagt de raad?": ask again with the council lens. */ onAskCouncil?: () => void }) {
  const t = useT();
  const label = useLabel();
  const [detail, setDetail] = useState<Intervention | null>(null);
  if (detail) return <InterventionDetail record={detail} onBack={() => setDetail(null)} />;
  return (
    <div class="results">
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
              <InterventionItem key={r.id} record={r} why={r.why} onOpen={setDetail} />
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
