import type { Why as WhyData } from '@@/core/api/contract';
import { useLabel, useT } from './i18n';

/** Why a record matched: the passage's words and the domain/ground signals it fits. */
export function Why({ why }: { why: WhyData }) {
  const t = useT();
  const label = useLabel();
  const parts = [
    ...(why.terms.length ? [t('matchedWords', { words: why.terms.join(', ') })] : []),
    ...why.signals.map((s) => label(s.facet, s.id)),
    // Checklist items: what the detector found (a cue, a name, an example sentence, a heading).
    ...(why.reasons ?? []).map((r) => r.detail),
  ];
  if (!parts.length) return null;
  return (
    <p class="why">
      <span class="why-label">{t('why')}: </span>
      {parts.join(' · ')}
    </p>
  );
}
