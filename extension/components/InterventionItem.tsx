import { useState } from 'preact/hooks';
import type { Intervention } from '@@/core/schema';
import { interventionText } from '@/utils/report/copy';
import { useT } from './i18n';
import { KeepButton, mainSource } from './Shortlist';
import { Tags } from './Tags';
import type { Why as WhyData } from '@@/core/api/contract';
import { Why } from './Why';

/** "Kopieer met bron": the title, the summary and the main source (title and address) as plain text, in one click. */
export function CopyWithSource({ record }: { record: Pick<Intervention, 'title' | 'summary' | 'sources'> }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(interventionText(record, t));
    setCopied(true);
    setTimeout(() => setCopied(false), 4000);
  };
  // The focused button's name changes to "Gekopieerd met bron": screen readers say it, without a live region per item.
  return (
    <button
      type="button"
      class="link copy"
      aria-label={copied ? t('copiedWithSource') : t('copyWithSourceLabel', { title: record.title })}
      onClick={copy}
    >
      {copied ? t('copiedWithSource') : t('copyWithSource')}
    </button>
  );
}

/** One intervention in a result list; its title is the button that opens the detail view. */
export function InterventionItem({ record, why, onOpen }: { record: Intervention; why?: WhyData; onOpen: (r: Intervention) => void }) {
  const t = useT();
  const source = record.sources.find((s) => s.url?.startsWith('https://'));
  return (
    <li class="item" data-record={record.id}>
      <button type="button" class="title" onClick={() => onOpen(record)}>
        {record.title}
      </button>
      <p class="summary">{record.summary}</p>
      <Tags
        items={[
          ['domain', record.domains],
          ['ground', record.grounds],
        ]}
      />
      {why && <Why why={why} />}
      <KeepButton entry={{ id: record.id, kind: 'intervention', title: record.title, source: mainSource(record.sources) }} />{' '}
      <CopyWithSource record={record} />{' '}
      {source && (
        <a class="source" href={source.url} target="_blank" rel="noopener noreferrer">
          {t('source')}: {source.title}
        </a>
      )}
    </li>
  );
}
