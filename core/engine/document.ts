/**
 * A text prepared for matching: analysed tokens, sentence boundaries and an
 * inverted index from term to token positions, so cues and signals are found
 * by lookup rather than by scanning, even in a 100,000-word draft.
 */
import type { Analyzer, AnalyzedToken } from '../analysis/analyzer';
import { NEGATIONS } from '../analysis/stopwords';
import { splitSentences, type Sentence } from './sentences';

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
  /** 1 for sentences holding a word that can negate ("geen", "niet", "ontbreekt"). */
  negatable: Uint8Array;
}

export const stopKey = (folded: string) => '=' + folded;

/** Words that can turn a cue into its opposite, before or after it. */
export const AFTER_NEGATIONS: ReadonlySet<string> = new Set(['ontbreekt', 'ontbreken', 'ontbrak', 'ontbraken', 'later']);
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
  return { text, tokens, sentences, sentenceOf, postings, years, isYear, negatable };
}

/** The sentence as it stands in the text. */
export const sentenceText = (doc: Doc, i: number) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);
