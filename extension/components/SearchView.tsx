import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '@@/core/api/limits';
import type { SearchFilters, SearchResponse } from '@@/core/api/contract';
import type { Intervention } from '@@/core/schema';
import { DOMAIN_LABELS, GROUND_LABELS, TYPE_LABELS } from '@@/core/taxonomy';
import { ask } from '@/utils/ask';
import type { Answer } from '@/utils/protocol';
import { useLang, useT } from './i18n';
import { InterventionDetail, useDetailView } from './InterventionDetail';
import { InterventionItem } from './InterventionItem';
import { ErrorNote, ModeNote } from './Notes';

const DEBOUNCE_MS = 150;
/** Results per page: "Meer tonen" asks for this many more, up to the most one search may return. */
const PAGE = 30;

type Filters = SearchFilters;

/** Instant search in the interventions, with filters and a detail view. */
export function SearchView() {
  const t = useT();
  const lang = useLang();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [answer, setAnswer] = useState<Answer<SearchResponse> | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const { list, detail, open, back } = useDetailView<Intervention>();
  /** After "Meer tonen": the index of the first new result, which gets focus. */
  const focusFrom = useRef<number | null>(null);

  useEffect(() => {
    if (!q.trim() && !filters.domain && !filters.ground && !filters.type) return setAnswer(null);
    let current = true;
    const timer = setTimeout(() => {
      void ask('search', { q, ...filters, limit }).then((a) => current && setAnswer(a));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, filters, limit]);

  useEffect(() => {
    // Only once the longer list is there (an effect of the earlier answer may still be pending).
    if (focusFrom.current === null || !answer?.ok || answer.data.results.length <= focusFrom.current) return;
    list.current?.querySelectorAll<HTMLElement>('.item .title')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [answer]);

  if (detail) return <InterventionDetail record={detail} onBack={back} />;
  const search = (next: { q?: string; filters?: Filters }) => {
    if (next.q !== undefined) setQ(next.q);
    if (next.filters) setFilters(next.filters);
    setLimit(PAGE);
  };
  const more = () => {
    focusFrom.current = answer?.ok ? answer.data.results.length : null;
    setLimit(Math.min(limit + PAGE, LIMITS.maxSearchLimit));
  };
  const shown = answer?.ok ? answer.data.results.length : 0;
  const total = answer?.ok ? answer.data.total : 0;
  const counts = total === 1 ? t('oneResult') : t('results', { count: total });
  const countsShown = shown < total ? `${counts}, ${t('shownOf', { shown, total })}` : counts;

  const select = <K extends keyof Filters>(
    key: K,
    labelKey: 'filterDomain' | 'filterDiscriminationGround' | 'filterType',
    labels: Record<string, { nl: string; en: string }>,
  ) => (
    <label class="field">
      <span>{t(labelKey)}</span>
      <select
        value={filters[key] ?? ''}
        onChange={(e) => search({ filters: { ...filters, [key]: (e.currentTarget.value || undefined) as Filters[K] } })}
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
        <input
          type="search"
          value={q}
          placeholder={t('searchPlaceholder')}
          autoFocus
          onInput={(e) => search({ q: e.currentTarget.value })}
        />
      </label>
      <div class="filters">
        {select('domain', 'filterDomain', DOMAIN_LABELS)}
        {select('ground', 'filterDiscriminationGround', GROUND_LABELS)}
        {select('type', 'filterType', TYPE_LABELS)}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {answer?.ok ? countsShown : ''}
      </p>
      {answer?.ok === false && <ErrorNote failure={answer} />}
      {answer?.ok && (
        <>
          {answer.mode && <ModeNote mode={answer.mode} />}
          <p class="hint" aria-hidden="true">
            {countsShown}
          </p>
          {answer.data.results.length ? (
            <div ref={list}>
              <ol class="list" aria-label={t('interventions')}>
                {answer.data.results.map((r) => (
                  <InterventionItem key={r.id} record={r} onOpen={open} />
                ))}
              </ol>
              {shown < total && limit < LIMITS.maxSearchLimit && (
                <button type="button" class="more" onClick={more}>
                  {t('showMore')}
                </button>
              )}
              {shown < total && limit >= LIMITS.maxSearchLimit && <p class="hint">{t('refineSearch')}</p>}
            </div>
          ) : (
            <p class="empty">{t('noResults')}</p>
          )}
        </>
      )}
    </div>
  );
}
