/**
 * A text prepared for matching: analysed tokens, sentence boundaries and an
 * inverted index from term to token positions, so cues and signals are found
 * by lookup rather than by scanning, even in a 100,000-word draft.
 */
import type { Analyzer, AnalyzedToken } from '../analysis/analyzer';
import { NEGATIONS } from '../analysis/stopwords';
import { NAMES, STANDS_FOR, type NameEntry } from './names';
import { otherPolicies } from './policy-names';
import { AFTER_NEGATIONS, compilePhrase, findPhrase, stopKey, type Phrase } from './phrase';
import { splitSentences, type Sentence } from './sentences';
import { readStructure, type Structure } from './structure';

export interface Doc {
  text: string;
  tokens: AnalyzedToken[];
  sentences: Sentence[];
  /** Sentence index of each token; -1 for tokens in markup outside any sentence. */
  sentenceOf: Int32Array;
  /** Term (stem, compound part, or `=folded` for stopwords) → ascending token positions. */
  postings: Map<string, number[]>;
  /** Positions of tokens that look like a year (1900–2099), ascending. */
  years: number[];
  /** 1 where the token at that position is a year. */
  isYear: Uint8Array;
  /** 1 where the token names another policy ("Sportnota", "minimabeleid"): policy-names.ts. */
  isPolicy: Uint8Array;
  /** Positions of such tokens, ascending. */
  policies: number[];
  /** 1 for sentences holding a word that can negate ("geen", "niet", "ontbreekt"). */
  negatable: Uint8Array;
  /** Headings, the heading over each sentence, negated and hedged sentences. */
  structure: Structure;
  /** Names of bodies found in the text (an ADV by its own name), by token position, with the terms they stand for. */
  names: Map<number, { entry: NameEntry; length: number; terms: readonly string[] }>;
  /** Per token: where the name it is part of starts, or -1. */
  nameStart: Int32Array;
  /** 1 for tokens of a title of another document or body, written in capitals mid-sentence ("de Visie Sociaal Domein 2030"). */
  titled: Uint8Array;
}

/** Names compiled once per analyser. */
const compiledNames = new WeakMap<Analyzer, { entry: NameEntry; phrase: Phrase; stands: string; terms: string[] }[]>();
function namesFor(analyzer: Analyzer) {
  let c = compiledNames.get(analyzer);
  if (!c) {
    c = NAMES.flatMap((entry) => {
      const phrase = compilePhrase(entry.name, analyzer);
      return phrase
        ? [{ entry, phrase, stands: analyzer.word(entry.stands).stem, terms: STANDS_FOR[entry.stands].map((w) => analyzer.word(w).stem) }]
        : [];
    });
    compiledNames.set(analyzer, c);
  }
  return c;
}

/** At most this many capitalised words after a name are read as part of it ("Discriminatie.nl Provincie Utrecht"). */
const MAX_NAME_TAIL = 4;

/**
 * How far a name reaches: a name is often followed by its region, capitalised
 * ("Discriminatie.nl Provincie Utrecht", "Bureau Discriminatiezaken
 * Kennemerland"); those words belong to the name, in the same sentence.
 */
function nameLength(doc: Omit<Doc, 'names' | 'structure' | 'nameStart' | 'titled'>, pos: number, length: number): number {
  let end = pos + length;
  const sentence = doc.sentenceOf[pos];
  while (end < doc.tokens.length && end - pos - length < MAX_NAME_TAIL && doc.sentenceOf[end] === sentence) {
    const gap = doc.text.slice(doc.tokens[end - 1].end, doc.tokens[end].start);
    const first = doc.text[doc.tokens[end].start];
    if (!/^[\s/-]{0,2}$/.test(gap) || first === first.toLowerCase()) break;
    end++;
  }
  return end - pos;
}

/**
 * Finds the names in a prepared text and lets each stand for its word: the
 * word's term is added to the postings at the name's position, so a cue that
 * asks for "adv" finds "Tûmba". The region that follows a name is part of the
 * name (nameLength); cues do not read words inside a name (cues.ts), so
 * "Provincie" in "Discriminatie.nl Provincie Utrecht" is no province.
 */
function addNames(doc: Omit<Doc, 'names' | 'structure' | 'nameStart' | 'titled'>, analyzer: Analyzer): Doc['names'] {
  const names: Doc['names'] = new Map();
  for (const { entry, phrase, stands, terms } of namesFor(analyzer)) {
    for (const pos of findPhrase(doc as Doc, phrase)) {
      if (entry.exactCase && doc.text.slice(doc.tokens[pos].start, doc.tokens[pos + phrase.tokens.length - 1].end) !== entry.name) continue;
      if (names.has(pos)) continue;
      const length = nameLength(doc, pos, phrase.tokens.length);
      names.set(pos, { entry, length, terms });
      const list = doc.postings.get(stands);
      if (!list) doc.postings.set(stands, [pos]);
      else if (!list.includes(pos)) {
        list.push(pos);
        list.sort((a, b) => a - b);
      }
    }
  }
  return names;
}

/** A capitalised word that does not start its sentence, outside headings. */
function capitalAt(
  text: string,
  tokens: AnalyzedToken[],
  sentences: Sentence[],
  sentenceOf: Int32Array,
  headingLevel: Uint8Array,
  i: number,
) {
  const c = text[tokens[i].start];
  const s = sentenceOf[i];
  return c !== c.toLowerCase() && s >= 0 && sentences[s].tokenStart !== i && !headingLevel[s];
}

/**
 * Tokens of a title: two or more capitalised words in a row, not at the start
 * of a sentence ("de Visie Sociaal Domein 2030", "het Sociaal Beleidskader
 * 2023-2026").
 * A cue word in such a title names that document, not this policy's vision,
 * plan or monitoring (items that are about other documents read them:
 * checklist.ts). Headings are left alone: a heading is this document's own title.
 */
function titledTokens(
  text: string,
  tokens: AnalyzedToken[],
  sentences: Sentence[],
  sentenceOf: Int32Array,
  headingLevel: Uint8Array,
): Uint8Array {
  // Not closures: bundlers that keep names (wrangler, tsx) wrap each closure they name, per call, and calls through the wrapper are not inlined.
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++)
    if (
      capitalAt(text, tokens, sentences, sentenceOf, headingLevel, i) &&
      capitalAt(text, tokens, sentences, sentenceOf, headingLevel, i + 1) &&
      sentenceOf[i] === sentenceOf[i + 1] &&
      /^[\s-]{1,2}$/.test(text.slice(tokens[i].end, tokens[i + 1].start))
    ) {
      out[i] = 1;
      out[i + 1] = 1;
    }
  return out;
}

const NEGATING: ReadonlySet<string> = new Set([...NEGATIONS, ...AFTER_NEGATIONS]);
const YEAR = /^(19|20)\d\d$/;

function add(postings: Map<string, number[]>, key: string, pos: number) {
  const list = postings.get(key);
  if (!list) postings.set(key, [pos]);
  else if (list[list.length - 1] !== pos) list.push(pos);
}

export function prepare(text: string, analyzer: Analyzer): Doc {
  const tokens = analyzer.analyze(text);
  const sentences = splitSentences(text, tokens);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  sentences.forEach((s, i) => sentenceOf.fill(i, s.tokenStart, s.tokenEnd));
  const postings = new Map<string, number[]>();
  const years: number[] = [];
  const isYear = new Uint8Array(tokens.length);
  tokens.forEach((t, pos) => {
    if (!t.stem) {
      add(postings, stopKey(t.folded), pos);
      return;
    }
    add(postings, t.stem, pos);
    for (const p of t.parts) add(postings, p, pos);
    for (const s of t.synonyms) add(postings, s, pos);
    if (YEAR.test(t.folded)) {
      years.push(pos);
      isYear[pos] = 1;
    }
  });
  const negatable = new Uint8Array(sentences.length);
  tokens.forEach((t, pos) => {
    if (sentenceOf[pos] >= 0 && NEGATING.has(t.folded)) negatable[sentenceOf[pos]] = 1;
  });
  const isPolicy = otherPolicies(text, tokens, sentenceOf);
  const policies: number[] = [];
  isPolicy.forEach((v, pos) => v && policies.push(pos));
  const base = { text, tokens, sentences, sentenceOf, postings, years, isYear, isPolicy, policies, negatable };
  const names = addNames(base, analyzer);
  const nameStart = new Int32Array(tokens.length).fill(-1);
  for (const [pos, { length }] of names) nameStart.fill(pos, pos, pos + length);
  const structure = readStructure(text, tokens, sentences);
  return { ...base, names, nameStart, titled: titledTokens(text, tokens, sentences, sentenceOf, structure.headingLevel), structure };
}

/** Whether a word, one of its compound parts or (with `synonyms`) one of its synonyms is among `terms`: loops, as this runs for every word of a draft. */
export function tokenUses(tok: AnalyzedToken, terms: ReadonlySet<string>, synonyms = false): boolean {
  if (!tok.stem) return false;
  if (terms.has(tok.stem)) return true;
  for (const p of tok.parts) if (terms.has(p)) return true;
  if (synonyms) for (const y of tok.synonyms) if (terms.has(y)) return true;
  return false;
}

/** The sentence as it stands in the text. */
export const sentenceText = (doc: Doc, i: number) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);
