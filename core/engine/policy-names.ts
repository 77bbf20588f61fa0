/**
 * Words that name another policy: "minimabeleid", "Wmo-beleid", "woonvisie",
 * "Lokaal Sportakkoord", "Integraal Veiligheidsplan", "Ouderenagenda". Real
 * drafts evaluate and budget those beside this policy (topic.ts reads such a
 * sentence as about another subject), and they link this policy to them: a
 * cue's `#beleidsstuk` is any such word (phrase.ts), so "past in de Sportnota"
 * is coordination with another policy area whatever that area is called.
 */
import type { AnalyzedToken } from '../analysis/analyzer';

/** Heads of a compound that names a policy. A "lesprogramma" may well be this policy's. */
const POLICY_HEADS = ['beleid', 'visie', 'akkoord', 'verordening', 'nota', 'plan', 'agenda', 'afspraken'];
/** Modifiers that make such a compound this policy's own, or a plan of any subject ("actieplan", "uitvoeringsprogramma"). */
const OWN_MODIFIERS =
  /^(anti)?discriminatie|^adv|^inclusie|^diversiteit|^emancipatie|^regenboog|^lhbti|^gelijke|^actie|^uitvoering|^meerjaren|^jaar|^werk|^stappen|^beleids?$|^deel|^kader|^college|^coalitie|^raads?$|^ontwerp|^concept|^samenwerking|^subsidie|^aanpak|^aanvals|^verbeter|^communicatie|^project|^implementatie|^onderzoeks/;

/** A compound with a policy head and a modifier of its own subject. */
function namesOtherPolicy(folded: string): boolean {
  for (const head of POLICY_HEADS) {
    if (!folded.endsWith(head) || folded.length <= head.length + 2) continue;
    const modifier = folded.slice(0, -head.length).replace(/s$/, '');
    return !OWN_MODIFIERS.test(modifier);
  }
  return false;
}

/**
 * 1 for each token that names another policy. A hyphen joins a word to the
 * one before it ("Wmo-beleid" → "wmobeleid"): the tokenizer splits there.
 */
export function otherPolicies(text: string, tokens: AnalyzedToken[], sentenceOf: Int32Array): Uint8Array {
  const out = new Uint8Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok.stem || sentenceOf[t] < 0) continue;
    const before = t > 0 && sentenceOf[t - 1] === sentenceOf[t] ? tokens[t - 1] : undefined;
    // Compared by character, not by slicing: this runs for every word of a draft.
    const word = before && tok.start === before.end + 1 && text.charCodeAt(before.end) === 45 ? before.folded + tok.folded : tok.folded;
    if (namesOtherPolicy(word)) out[t] = 1;
  }
  return out;
}
