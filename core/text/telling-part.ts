/**
 * A selection longer than a passage may be still gets advice: on its most
 * telling part, the run of whole sentences (at most `maxChars`) that says the
 * most about discrimination policy. Cheap and local: it runs before anything
 * is sent, so it cannot use the index.
 */

/** Stems that mark a sentence as being about the subject (folded, lower-case). */
const TELLING =
  /discrimin|racis|uitsluit|gelijke behandeling|gelijkwaardig|inclusi|divers|vooroorde|stereotyp|antisemit|moslim|islamofob|lhbti|homo|transgender|handicap|beperking|toegankelijk|leeftijd|afkomst|huidskleur|herkomst|religie|geloof|melding|meldpunt|klacht|antidiscriminatie|adv\b|profiler|stage|sollicit|werkgever|verhuur|woning|portier|deurbeleid|onderwijs|school|buurt|wijk|sport|monitor|evaluat|begroting|subsidie|inkoop/gi;

const sentencesOf = (text: string) => text.match(/[^.!?\n]+(?:[.!?]+|\n+|$)/g) ?? [text];

export interface TellingPart {
  text: string;
  /** Characters of the whole text, so the UI can say the advice is on a part. */
  of: number;
}

export function tellingPart(text: string, maxChars: number): TellingPart {
  if (text.length <= maxChars) return { text, of: text.length };
  const sentences = sentencesOf(text);
  const weight = sentences.map((s) => (s.match(TELLING) ?? []).length);
  let best = { from: 0, to: 0, score: -1 };
  // Two pointers over the sentences: the window of at most maxChars with the most telling words.
  let from = 0;
  let chars = 0;
  let score = 0;
  for (let to = 0; to < sentences.length; to++) {
    chars += sentences[to].length;
    score += weight[to];
    while (chars > maxChars && from <= to) {
      chars -= sentences[from].length;
      score -= weight[from];
      from++;
    }
    if (from <= to && score > best.score) best = { from, to: to + 1, score };
  }
  const part = best.to > best.from ? sentences.slice(best.from, best.to).join('') : text.slice(0, maxChars);
  return { text: part.trim(), of: text.length };
}
