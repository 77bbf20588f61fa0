/**
 * Checklist cues: "a|b + c|d" means (a or b) and (c or d) in one sentence.
 * Compiled once per engine; matched against a prepared Doc.
 */
import type { Analyzer } from '../analysis/analyzer';
import type { Doc } from './document';
import { compilePhrase, findPhrase, isNegated, type Phrase } from './phrase';

export interface Cue {
  source: string;
  groups: Interned[][];
  /** A single word of another document's title counts (for items about other documents: "de Algemene Subsidieverordening"). */
  titles?: boolean;
  /** A word that names another policy ("de Jeugdnota") counts: not for items of this policy's own cycle. */
  policies?: boolean;
}

export interface Span {
  pos: number;
  length: number;
  /** The phrase that matched (its interned number). */
  phrase: number;
  /** The cue's phrase says "niet"/"geen" itself ("niet accepteren"): a negation is what it looks for. */
  negated: boolean;
}

export interface CueHit {
  sentence: number;
  /** Token positions of what matched, one run per group. */
  spans: Span[];
}

export function compileCue(source: string, analyzer: Analyzer): Cue {
  const groups = source
    .split('+')
    .map((g) =>
      g
        .split('|')
        .map((alt) => compilePhrase(alt, analyzer))
        .filter((p): p is Phrase => p !== null)
        .map(intern),
    )
    .filter((g) => g.length > 0);
  return { source, groups };
}

/** A phrase as cues share it, numbered. */
interface Interned extends Phrase {
  id: number;
}

/**
 * Phrases by what they look for: many cues share one ("discriminatie", "wat
 * werkt"), and a text is searched once for each (`Found`).
 */
const PHRASES = new Map<string, Interned>();
/** Phrase ids by the key of their first token (`#year`, `#years` for the year kinds). */
const BY_FIRST = new Map<string, number[]>();
const tokenKey = (t: Phrase['tokens'][number]) => ('key' in t ? t.key : `#${t.kind}`);
function intern(phrase: Phrase): Interned {
  const key = `${phrase.negated ? '!' : ''}${phrase.tokens.map(tokenKey).join(' ')}`;
  const known = PHRASES.get(key);
  if (known) return known;
  // Numbered in place: a copy would be a second shape of phrase for findPhrase (measured slower).
  const interned = Object.assign(phrase, { id: PHRASES.size });
  PHRASES.set(key, interned);
  const first = tokenKey(phrase.tokens[0]);
  BY_FIRST.set(first, [...(BY_FIRST.get(first) ?? []), interned.id]);
  return interned;
}

/** Per text: where each phrase occurs, found on first use; and which phrases can occur at all (their first word is in the text). */
interface Found {
  at: Map<Phrase, readonly number[]>;
  can: Uint8Array;
}
const foundIn = new WeakMap<Doc, Found>();

/**
 * A text's words name the few phrases that can occur in it: ~150 lookups for
 * a passage instead of one per phrase of every cue (1,700), most of which
 * find nothing.
 */
function foundOf(doc: Doc): Found {
  let found = foundIn.get(doc);
  if (found) return found;
  const can = new Uint8Array(PHRASES.size);
  for (const key of doc.postings.keys()) markFirst(can, key);
  if (doc.years.length) ['#year', '#years'].forEach((key) => markFirst(can, key));
  if (doc.policies.length) markFirst(can, '#policy');
  foundIn.set(doc, (found = { at: new Map(), can }));
  return found;
}
const NO_IDS: readonly number[] = [];
function markFirst(can: Uint8Array, key: string) {
  for (const id of BY_FIRST.get(key) ?? NO_IDS) can[id] = 1;
}

const NO_HITS: ReadonlyMap<number, Span> = new Map();

/** First non-negated occurrence of any alternative, per sentence. */
function groupHits(
  doc: Doc,
  found: Found,
  group: Interned[],
  ignoreNegation: boolean,
  titles: boolean,
  policies: boolean,
): ReadonlyMap<number, Span> {
  // Made on the first occurrence: most groups of most cues have none in a text.
  let bySentence: Map<number, Span> | undefined;
  for (const phrase of group) {
    // A phrase interned after the text was first read (none in practice) is looked for.
    if (found.can[phrase.id] === 0) continue;
    const length = phrase.tokens.length;
    let positions = found.at.get(phrase);
    if (!positions) {
      positions = findPhrase(doc, phrase);
      // Many candidates do not occur (a first word without the rest): finding that again is one lookup, cheaper than remembering it.
      if (positions.length) found.at.set(phrase, positions);
    }
    for (const pos of positions) {
      const s = doc.sentenceOf[pos];
      if (bySentence?.has(s)) continue;
      // Words inside a name speak for the name ("Gelijke Behandeling" in "Bureau Gelijke Behandeling
      // Flevoland"), and a single word of a title names that document ("de Visie Sociaal Domein").
      // A word that names another policy ("de Jeugdnota", "het Wmo-beleidsplan") is that policy's too.
      const start = doc.nameStart[pos];
      if (
        start >= 0
          ? start !== pos
          : length === 1 && ((doc.titled[pos] && !titles) || (doc.isPolicy[pos] && !policies && phrase.tokens[0].kind !== 'policy'))
      )
        continue;
      if (!ignoreNegation && !phrase.negated && isNegated(doc, pos, length)) continue;
      (bySentence ??= new Map()).set(s, { pos, length, phrase: phrase.id, negated: phrase.negated });
    }
  }
  return bySentence ?? NO_HITS;
}

/**
 * Sentences where every group of the cue occurs. `ignoreNegation` finds negated
 * occurrences too (the caller reads the negation itself, as for headings).
 */
export function matchCue(doc: Doc, cue: Cue, ignoreNegation = false): CueHit[] {
  if (cue.groups.length === 0) return [];
  // Every group must occur in the sentence: a group with no hit at all ends the search (most cues, most texts).
  const found = foundOf(doc);
  const hits: ReturnType<typeof groupHits>[] = [];
  for (const g of cue.groups) {
    const h = groupHits(doc, found, g, ignoreNegation, cue.titles ?? false, cue.policies ?? true);
    if (h.size === 0) return [];
    hits.push(h);
  }
  hits.sort((a, b) => a.size - b.size);
  const out: CueHit[] = [];
  for (const [sentence, first] of hits[0]) {
    const spans = [first];
    let all = true;
    for (let i = 1; i < hits.length && all; i++) {
      const h = hits[i].get(sentence);
      if (h) spans.push(h);
      else all = false;
    }
    if (all) out.push({ sentence, spans });
  }
  return out.sort((a, b) => a.sentence - b.sentence);
}
