import { useLabel, useT } from './i18n';

export interface WhyData {
  terms: string[];
  signals: { facet: 'domain' | 'ground' | 'type'; id: string }[];
}

/** Why a record matched: the passage's words and the domain/ground signals it fits. */
export function Why({ why }: { why: WhyData }) {
  const t = useT();
  const label = useLabel();
  const parts = [
    ...(why.terms.length ? [t('matchedWords', { words: why.terms.join(', ') })] : []),
    ...why.signals.map((s) => label(s.facet, s.id)),
  ];
  if (!parts.length) return null;
  return (
    <p class="why">
      <span class="why-label">{t('why')}: </span>
      {parts.join(' · ')}
    </p>
  );
}
