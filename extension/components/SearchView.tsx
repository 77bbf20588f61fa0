import { useEffect, useState } from 'preact/hooks';
import type { SearchResponse } from '@@/core/api/contract';
import type { Intervention } from '@@/core/schema';
import { DOMAIN_LABELS, GROUND_LABELS, TYPE_LABELS, type Domain, type Ground, type InterventionType } from '@@/core/taxonomy';
import { ask } from '@/utils/ask';
import type { Answer } from '@/utils/protocol';
import { useLang, useT } from './i18n';
import { InterventionDetail } from './InterventionDetail';
import { InterventionItem } from './InterventionItem';
import { ErrorNote, ModeNote } from './Notes';

const DEBOUNCE_MS = 150;

type Filters = { domain?: Domain; ground?: Ground; type?: InterventionType };

/** Instant search in the interventions, with filters and a detail view. */
export function SearchView() {
  const t = useT();
  const lang = useLang();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [answer, setAnswer] = useState<Answer<SearchResponse> | null>(null);
  const [detail, setDetail] = useState<Intervention | null>(null);

  useEffect(() => {
    if (!q.trim() && !filters.domain && !filters.ground && !filters.type) return setAnswer(null);
    let current = true;
    const timer = setTimeout(() => {
      void ask('search', { q, ...filters }).then(
        (a) => current && setAnswer(a),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, filters]);

  if (detail) return <InterventionDetail record={detail} onBack={() => setDetail(null)} />;

  const select = <K extends keyof Filters>(key: K, labelKey: 'filterDomain' | 'filterGround' | 'filterType', labels: Record<string, { nl: string; en: string }>) => (
    <label class="field">
      <span>{t(labelKey)}</span>
      <select
        value={filters[key] ?? ''}
        onChange={(e) => setFilters({ ...filters, [key]: (e.currentTarget.value || undefined) as Filters[K] })}
      >
        <option value="">{t('filterAll')}</option>
        {Object.entries(labels).map(([id, l]) => (
          <option key={id} value={id}>
            {l[lang]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div>
      <label class="field">
        <span>{t('searchLabel')}</span>
        <input type="search" value={q} placeholder={t('searchPlaceholder')} autoFocus onInput={(e) => setQ(e.currentTarget.value)} />
      </label>
      <div class="filters">
        {select('domain', 'filterDomain', DOMAIN_LABELS)}
        {select('ground', 'filterGround', GROUND_LABELS)}
        {select('type', 'filterType', TYPE_LABELS)}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {answer?.ok ? (answer.data.total === 1 ? t('oneResult') : t('results', { count: answer.data.total })) : ''}
      </p>
      {answer?.ok === false && <ErrorNote failure={answer} />}
      {answer?.ok && (
        <>
          {answer.mode && <ModeNote mode={answer.mode} />}
          <p class="hint">{answer.data.total === 1 ? t('oneResult') : t('results', { count: answer.data.total })}</p>
          {answer.data.results.length ? (
            <ol class="list" aria-label={t('interventions')}>
              {answer.data.results.map((r) => (
                <InterventionItem key={r.id} record={r} onOpen={setDetail} />
              ))}
            </ol>
          ) : (
            <p class="empty">{t('noResults')}</p>
          )}
        </>
      )}
    </div>
  );
}
