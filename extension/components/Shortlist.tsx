import { useEffect, useState } from 'preact/hooks';
import { readShortlist, remove, toggle, watchShortlist, type NewShortlistEntry, type ShortlistEntry } from '@/utils/shortlist';
import { useT } from './i18n';

/** The shortlist as it is now, following changes made in any other page of the extension. */
export function useShortlist(): ShortlistEntry[] | null {
  const [entries, setEntries] = useState<ShortlistEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    void readShortlist().then((e) => live && setEntries(e));
    const unwatch = watchShortlist((e) => live && setEntries(e));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return entries;
}

type Source = { title: string; url?: string };
/** The main source of a record for the shortlist: the first with a title, its address only when https. */
export function mainSource(sources: readonly Source[]): NewShortlistEntry['source'] {
  const s = sources.find((x) => x.url?.startsWith('https://')) ?? sources[0];
  if (!s?.title) return undefined;
  return { title: s.title.slice(0, 500), ...(s.url?.startsWith('https://') ? { url: s.url } : {}) };
}

/** The keep/remove toggle on a result: one name ("Bewaar {title}"), its state in aria-pressed. */
export function KeepButton({ entry }: { entry: NewShortlistEntry }) {
  const t = useT();
  const entries = useShortlist();
  const [kept, setKept] = useState<boolean | null>(null);
  const shown = kept ?? entries?.some((e) => e.id === entry.id) ?? false;
  useEffect(() => setKept(null), [entries]);
  return (
    <button
      type="button"
      class="link keep"
      aria-pressed={shown}
      aria-label={t('keepItem', { title: entry.title })}
      onClick={async () => {
        setKept(!shown); // at once, before storage answers
        const after = await toggle(entry);
        setKept(after.some((e) => e.id === entry.id));
      }}
    >
      <span aria-hidden="true">{shown ? '★' : '☆'}</span> {shown ? t('kept') : t('keep')}
    </button>
  );
}

const KIND_LABEL = { intervention: 'shortlistIntervention', do: 'do', dont: 'dont' } as const;

/** "Mijn selectie": what the user kept, oldest first, each with a way to remove it. */
export function ShortlistView() {
  const t = useT();
  const entries = useShortlist();
  if (entries === null) return null;
  return (
    <section aria-labelledby="ww-shortlist">
      <h2 id="ww-shortlist">{t('shortlistTitle')}</h2>
      <p class="hint">{t('shortlistIntro')}</p>
      {entries.length ? (
        <ul class="list" aria-labelledby="ww-shortlist">
          {entries.map((e) => (
            <li key={e.id} class="item" data-kept={e.id}>
              <p>
                <span class={e.kind === 'intervention' ? 'tag' : `badge badge-${e.kind}`}>{t(KIND_LABEL[e.kind])}</span> {e.title}
              </p>
              <button type="button" class="link" aria-label={t('removeItem', { title: e.title })} onClick={() => void remove(e.id)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('shortlistEmpty')}</p>
      )}
    </section>
  );
}
