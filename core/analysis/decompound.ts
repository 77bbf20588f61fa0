/**
 * Splits Dutch compounds into parts found in a lexicon, the knowledge base's
 * own vocabulary ("dictionary decompounding", as Elasticsearch's
 * dictionary_decompounder does, with our corpus as the word list):
 * arbeidsmarktdiscriminatie → arbeidsmarkt + discriminatie, and
 * arbeidsmarkt → arbeid + markt (with the linking "s").
 */

/** Dutch linking morphemes allowed between parts: huid-s-kleur, woning-en-markt. */
const LINKS = ['', 's', 'e', 'en'];
export const MIN_PART = 4;
export const MIN_WORD = 8;
/** Particles that make poor compound heads: "onder·zoek" is not about searching. */
const NOT_A_PART = new Set([
  'onder',
  'over',
  'voor',
  'door',
  'tegen',
  'achter',
  'boven',
  'binnen',
  'buiten',
  'tussen',
  'mede',
  'samen',
  'rond',
  'weer',
  'vooral',
  'zich',
  'maar',
]);

export type Lexicon = ReadonlySet<string>;

/**
 * The split of `word` into the fewest lexicon parts (at least two), or null.
 * Ties go to the split whose first part is longest.
 */
export function splitCompound(word: string, lexicon: Lexicon): string[] | null {
  const n = word.length;
  if (n < MIN_WORD) return null;
  // best[i]: fewest parts covering word.slice(i), as the list of parts.
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - MIN_PART; i >= 0; i--) {
    for (let j = n; j >= i + MIN_PART; j--) {
      if (i === 0 && j === n) continue; // the whole word is not a split
      const part = word.slice(i, j);
      if (!lexicon.has(part) || NOT_A_PART.has(part)) continue;
      for (const link of LINKS) {
        const next = j + link.length;
        // A link joins two parts: it never ends the word.
        if (next > n || (link && (next === n || word.slice(j, next) !== link))) continue;
        const rest = best[next];
        if (rest === null) continue;
        if (best[i] === null || rest.length + 1 < best[i]!.length) best[i] = [part, ...rest];
      }
    }
  }
  const parts = best[0];
  return parts && parts.length >= 2 ? parts : null;
}

/** All parts of a compound, splitting parts again once: [arbeidsmarkt, discriminatie, arbeid, markt]. */
export function compoundParts(word: string, lexicon: Lexicon): string[] {
  const parts = splitCompound(word, lexicon);
  if (!parts) return [];
  const all = [...parts];
  for (const p of parts) for (const sub of splitCompound(p, lexicon) ?? []) all.push(sub);
  return [...new Set(all)];
}
