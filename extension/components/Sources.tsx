import type { Source } from '@@/core/schema';
import { useT } from './i18n';

/** Source links: https only (the schema guarantees it), opened in a new tab without referrer. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  return (
    <div class="sources">
      <h4>{sources.length > 1 ? t('sources') : t('source')}</h4>
      <ul>
        {sources.map((s, i) => (
          <li key={i}>
            {s.url && s.url.startsWith('https://') ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
