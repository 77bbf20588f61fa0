/** The translate function for the current language, for every component. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Lang, type Translate } from '@/utils/i18n';
import { DOMAIN_LABELS, GROUND_LABELS, STEP_LABELS, TYPE_LABELS } from '@@/core/taxonomy';

export const LangContext = createContext<Lang>('nl');
export const useLang = () => useContext(LangContext);
export const useT = (): Translate => translator(useLang());

const LABELS = { domain: DOMAIN_LABELS, ground: GROUND_LABELS, type: TYPE_LABELS, step: STEP_LABELS } as const;
export type LabelFacet = keyof typeof LABELS;

/** The label of a taxonomy id in the current language; the id itself if unknown. */
export function useLabel() {
  const lang = useLang();
  return (facet: LabelFacet, id: string) => (LABELS[facet] as Record<string, { nl: string; en: string }>)[id]?.[lang] ?? id;
}
