/**
 * Finds domain, ground and type signals in a prepared Doc, using the lexicons
 * in signals.ts. Each distinct word counts once per signal, so a long passage
 * that repeats "school" does not drown the rest.
 */
import type { AnalyzedToken, Analyzer } from '../analysis/analyzer';
import type { Doc } from './document';
import { compilePhrase, findPhrase, type Phrase } from './phrase';
import { DOMAIN_SIGNALS, GROUND_SIGNALS, TYPE_SIGNALS, type Facet } from './signals';

interface Entry {
  facet: Facet;
  id: string;
  weight: number;
  /** `facet:id`, made once. */
  key: string;
}

export interface Signal {
  facet: Facet;
  id: string;
  strength: number;
  /** The words in the text that gave the signal, as written. */
  words: string[];
}

export interface CompiledSignals {
  exact: Map<string, Entry[]>;
  prefix: Map<number, Map<string, Entry[]>>;
  phrases: { phrase: Phrase; entry: Entry }[];
  /** Folded word → the entries it hits; words repeat across passages, so this is mostly lookups. */
  byWord: Map<string, Entry[]>;
}

const WORD_CACHE_LIMIT = 50_000;
/** Distinct grounds in one passage from which it is about all grounds. */
const ALL_GROUNDS_FROM = 4;

const LEXICONS: [Facet, Record<string, string[]>][] = [
  ['domain', DOMAIN_SIGNALS],
  ['ground', GROUND_SIGNALS],
  ['type', TYPE_SIGNALS],
];

function push<K>(map: Map<K, Entry[]>, key: K, e: Entry) {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

export function compileSignals(analyzer: Analyzer): CompiledSignals {
  const out: CompiledSignals = { exact: new Map(), prefix: new Map(), phrases: [], byWord: new Map() };
  for (const [facet, lexicon] of LEXICONS) {
    for (const [id, words] of Object.entries(lexicon)) {
      for (const spec of words) {
        const [word, w] = spec.split(':');
        const entry = { facet, id, weight: w ? Number(w) : 1, key: `${facet}:${id}` };
        if (word.endsWith('*')) {
          const p = word.slice(0, -1);
          if (!out.prefix.has(p.length)) out.prefix.set(p.length, new Map());
          push(out.prefix.get(p.length)!, p, entry);
        } else if (word.includes(' ')) {
          const phrase = compilePhrase(word, analyzer);
          if (phrase) out.phrases.push({ phrase, entry });
        } else {
          const stem = analyzer.word(word).stem;
          if (stem) push(out.exact, stem, entry);
        }
      }
    }
  }
  return out;
}

/** The lexicon entries a word hits, by stem, compound part or prefix. */
function entriesOf(t: AnalyzedToken, compiled: CompiledSignals): Entry[] {
  let entries = compiled.byWord.get(t.folded);
  if (entries) return entries;
  const set = new Set<Entry>();
  for (const term of [t.stem, ...t.parts]) for (const e of compiled.exact.get(term) ?? []) set.add(e);
  for (const form of [t.folded, ...t.parts]) {
    for (const [len, map] of compiled.prefix) {
      if (form.length < len) continue;
      for (const e of map.get(form.slice(0, len)) ?? []) set.add(e);
    }
  }
  entries = [...set];
  if (compiled.byWord.size >= WORD_CACHE_LIMIT) compiled.byWord.clear();
  compiled.byWord.set(t.folded, entries);
  return entries;
}

type Found = Map<string, { facet: Facet; id: string; byWord: Map<string, number>; words: string[] }>;

/** A word (or name, or phrase) of the text hits a signal's entry. */
function hit(found: Found, e: Entry, word: string, text: string) {
  let s = found.get(e.key);
  if (!s) found.set(e.key, (s = { facet: e.facet, id: e.id, byWord: new Map(), words: [] }));
  if ((s.byWord.get(word) ?? 0) < e.weight) s.byWord.set(word, e.weight);
  if (!s.words.includes(text) && s.words.length < 5) s.words.push(text);
}

export function detectSignals(doc: Doc, compiled: CompiledSignals): Signal[] {
  const found: Found = new Map();
  const seen = new Set<string>();
  for (const t of doc.tokens) {
    if (!t.stem || seen.has(t.folded)) continue;
    seen.add(t.folded);
    for (const e of entriesOf(t, compiled)) hit(found, e, t.folded, t.text);
  }
  // A name stands for its words: "RADAR" signals what "antidiscriminatievoorziening" signals.
  for (const [pos, { length, terms }] of doc.names) {
    const written = doc.text.slice(doc.tokens[pos].start, doc.tokens[pos + length - 1].end);
    for (const term of terms) for (const e of compiled.exact.get(term) ?? []) hit(found, e, `name:${pos}`, written);
  }
  for (const { phrase, entry } of compiled.phrases) {
    const pos = findPhrase(doc, phrase)[0];
    if (pos !== undefined) {
      const last = doc.tokens[pos + phrase.tokens.length - 1];
      hit(found, entry, `phrase:${pos}`, doc.text.slice(doc.tokens[pos].start, last.end));
    }
  }
  const signals = [...found.values()].map(({ facet, id, byWord, words }) => ({
    facet,
    id,
    words,
    strength: [...byWord.values()].reduce((a, b) => a + b, 0),
  }));
  return withAllGrounds(signals).sort((a, b) => b.strength - a.strength);
}

/** A passage that names many grounds is about all grounds: "herkomst, religie, geslacht, handicap en leeftijd". */
function withAllGrounds(signals: Signal[]): Signal[] {
  const grounds = signals.filter((s) => s.facet === 'ground' && s.id !== 'alle');
  if (grounds.length < ALL_GROUNDS_FROM) return signals;
  const strength = grounds.reduce((a, s) => a + s.strength, 0) / 2;
  const all = signals.find((s) => s.facet === 'ground' && s.id === 'alle');
  if (all) all.strength = Math.max(all.strength, strength);
  else signals.push({ facet: 'ground', id: 'alle', strength, words: grounds.flatMap((s) => s.words).slice(0, 5) });
  return signals;
}
