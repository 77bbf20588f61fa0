import type { CouncilSection } from '@@/core/api/contract';
import { COUNCIL_INSTRUMENT_LABELS, COUNCIL_ROLE_LABELS, FORM_LABELS, type Lang } from '@@/core/taxonomy';
import type { Translate } from '@/utils/i18n';
import { useLang, useT } from './i18n';
import { Sources } from './Sources';

type Hit = CouncilSection['roles'][number]['hits'][number];

/** What kind of help a record is: the instrument, or a real example of one. */
function kindLabel(hit: Hit, t: Translate, lang: Lang) {
  const instrument = hit.instrument ? COUNCIL_INSTRUMENT_LABELS[hit.instrument][lang] : '';
  if (hit.kind === 'instrument') return instrument;
  return instrument ? `${t('councilExample')}: ${instrument.toLowerCase()}` : t('councilExample');
}

function CouncilHit({ hit }: { hit: Hit }) {
  const t = useT();
  const lang = useLang();
  const where = [hit.municipality, hit.date, hit.outcome && t(`councilOutcome_${hit.outcome}`)].filter(Boolean).join(' · ');
  return (
    <li class="item council-hit" data-record={hit.id} data-kind={hit.kind}>
      <p class="council-title">
        <span class="badge badge-council">{kindLabel(hit, t, lang)}</span> <strong>{hit.title}</strong>
      </p>
      {where && <p class="why">{where}</p>}
      <p>{hit.summary}</p>
      {(hit.description || hit.tips.length > 0) && (
        <details>
          <summary>{t('councilTips')}</summary>
          {hit.description && <p>{hit.description}</p>}
          {hit.tips.length > 0 && (
            <ol>
              {hit.tips.map((tip, i) => (
                <li key={i}>{tip}</li>
              ))}
            </ol>
          )}
        </details>
      )}
      {hit.uncertain && (
        <p class="hint">
          <strong>{t('councilUncertain')}: </strong>
          {hit.uncertain}
        </p>
      )}
      <Sources sources={hit.sources} />
    </li>
  );
}

/**
 * The raadslid lens on a passage: for each of the council's four roles the
 * fitting instrument and real examples from other councils, each with its
 * source; then the seed's questions to start a council session with.
 */
export function CouncilLens({ council }: { council: CouncilSection }) {
  const t = useT();
  const lang = useLang();
  return (
    <section class="council-lens" aria-labelledby="ww-council-lens">
      <h3 id="ww-council-lens">{t('councilLensTitle')}</h3>
      <p class="hint">{t('councilLensIntro')}</p>
      {council.forms.length > 0 && (
        <p class="hint">{t('councilForms', { forms: council.forms.map((f) => FORM_LABELS[f][lang]).join(', ') })}</p>
      )}
      {council.roles.map(({ role, hits }) => (
        <section key={role} aria-labelledby={`ww-role-${role}`} data-role={role}>
          <h4 id={`ww-role-${role}`}>{COUNCIL_ROLE_LABELS[role][lang]}</h4>
          {hits.length ? (
            <ul class="list">
              {hits.map((hit) => (
                <CouncilHit key={hit.id} hit={hit} />
              ))}
            </ul>
          ) : (
            <p class="empty">{t('councilRoleEmpty')}</p>
          )}
        </section>
      ))}
      {council.conversation.length > 0 && (
        <section aria-labelledby="ww-council-conversation">
          <h4 id="ww-council-conversation">{t('councilConversation')}</h4>
          <ul class="list">
            {council.conversation.map((q) => (
              <li key={q.id} class="item council-conversation">
                <p>
                  <strong>{q.title}</strong>
                </p>
                <p class="why">{q.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
