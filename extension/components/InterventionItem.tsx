import type { Intervention } from '@@/core/schema';
import { useT } from './i18n';
import { KeepButton, mainSource } from './Shortlist';
import { Tags } from './Tags';
import { Why, type WhyData } from './Why';

/** One intervention in a result list; its title is the button that opens the detail view. */
export function InterventionItem({ record, why, onOpen }: { record: Intervention; why?: WhyData; onOpen: (r: Intervention) => void }) {
  const t = useT();
  const source = record.sources.find((s) => s.url?.startsWith('https://'));
  return (
    <li class="item">
      <button type="button" class="title" onClick={() => onOpen(record)}>
        {record.title}
      </button>
      <p class="summary">{record.summary}</p>
      <Tags items={[['domain', record.domains], ['ground', record.grounds]]} />
      {why && <Why why={why} />}
      <KeepButton entry={{ id: record.id, kind: 'intervention', title: record.title, source: mainSource(record.sources) }} />{' '}
      {source && (
        <a class="source" href={source.url} target="_blank" rel="noopener noreferrer">
          {t('source')}: {source.title}
        </a>
      )}
    </li>
  );
}
