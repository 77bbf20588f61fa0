/**
 * Builds the decompounding lexicon from the knowledge base's own words, plus
 * a few heads that policy drafts combine often. Runs at build time; the result
 * ships in the index snapshot so build and query split words identically.
 */
import { MIN_PART } from './decompound';
import { isStopword } from './stopwords';
import { tokenize } from './tokenize';

/** Common heads and modifiers of policy compounds that the records may not spell out alone. */
const EXTRA_WORDS = [
  'arbeid',
  'markt',
  'discriminatie',
  'stage',
  'woning',
  'huur',
  'wijk',
  'buurt',
  'werk',
  'zorg',
  'school',
  'sport',
  'beleid',
  'begroting',
  'programma',
  'gemeente',
  'raad',
  'melding',
  'meld',
  'punt',
  'klacht',
  'plaats',
  'plek',
  'zoekenden',
  'zoekende',
  'voorziening',
  'huid',
  'kleur',
  'loket',
  'team',
  'agenda',
  'plan',
  'nota',
  'kader',
];

export function buildLexicon(texts: Iterable<string>): string[] {
  const words = new Set(EXTRA_WORDS);
  for (const text of texts) {
    for (const t of tokenize(text)) {
      if (t.folded.length >= MIN_PART && !isStopword(t.folded) && /^\p{L}+$/u.test(t.folded)) words.add(t.folded);
    }
  }
  return [...words].sort();
}
