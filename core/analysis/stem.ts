/**
 * Snowball Dutch stemming (@orama/stemmers), with small repairs for word
 * families the stemmer splits and that matter in policy text:
 * "interventies"/"interventie", "discriminatie"/"discrimineren"/
 * "gediscrimineerd", "registreert"/"registreren".
 */
import { stemmer } from '@orama/stemmers/dutch';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function normalizeWord(word: string): string {
  // -atie nouns join their -eren verbs: discriminatie → discrimineren's stem.
  if (word.length > 6 && /aties?$/.test(word)) return word.replace(/aties?$/, 'er');
  // Participles: gediscrimineerd → discriminer; geëvalueerd → evaluer.
  if (word.length > 8 && word.startsWith('ge') && word.endsWith('eerd')) return word.slice(2, -4) + 'er';
  // -eert verbs: registreert → registrer.
  if (word.length > 6 && word.endsWith('eert')) return word.slice(0, -4) + 'er';
  // -ies plurals the stemmer keeps: interventies → interventie.
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -1);
  return word;
}

/**
 * Snowball keeps the double vowel of a closed syllable ("schaam", "vooroordeel")
 * and drops it in an open one ("schamen", "vooroordelen"); merging them joins
 * the singular and the plural, the noun and the verb.
 */
const undouble = (s: string) => s.replace(/([aeou])\1/g, '$1');
const once = (w: string) => undouble(stemmer(normalizeWord(w)));

/** Stems one folded word. Deterministic and idempotent: stem(stem(w)) === stem(w). */
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = once(word);
    // Run to a fixed point, so analysing already-analysed text changes nothing.
    for (let next = once(s); next !== s; next = once(s)) s = next;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}
