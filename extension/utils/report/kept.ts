/** "Mijn selectie" as the report lists it: each kept record's title and, when stored with it, its source. */
import type { Translate } from '../i18n';
import { readShortlist, type ShortlistEntry } from '../shortlist';
import type { KeptRecord } from './model';

export function keptRecords(entries: readonly ShortlistEntry[], t: Translate): KeptRecord[] {
  const kind = { intervention: '', do: `${t('do')}: `, dont: `${t('dont')}: ` } as const;
  return entries.map((e) => ({
    title: `${kind[e.kind]}${e.title}`,
    ...(e.source?.title
      ? { source: { title: e.source.title, ...(e.source.url?.startsWith('https://') ? { url: e.source.url } : {}) } }
      : {}),
  }));
}

export const readKept = async (t: Translate) => keptRecords(await readShortlist(), t);
