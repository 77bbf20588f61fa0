/**
 * The match's retrieval scores straight from the index (bm25.ts): it must
 * rank exactly as `MiniSearch.search` does with the same options, scores
 * equal to the bit, ties in the same order, the same matched terms.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@@/core/analysis/analyzer';
import { createScorer } from '@@/core/engine/bm25';
import { prepare } from '@@/core/engine/document';
import { selectTerms } from '@@/core/engine/match';
import { PackedMiniSearch } from '@@/core/engine/packed-index';
import { FIELD_BOOST, miniSearchOptions, type IndexDoc } from '@@/core/engine/search-index';
import { loadCases } from '@@/scripts/eval-lib';
import { realEngine } from '../helpers';

const { snapshot } = realEngine();
const analyzer = createAnalyzer(snapshot.lexicon);
const ms = PackedMiniSearch.unpack<IndexDoc>(snapshot.index, miniSearchOptions(analyzer));
const scorer = createScorer(ms, FIELD_BOOST);

const viaMiniSearch = (terms: string[], boost: (t: string) => number) =>
  ms
    .search(terms.join(' '), {
      tokenize: (s) => s.split(' '),
      processTerm: (t) => t,
      boost: FIELD_BOOST,
      boostTerm: boost,
      combineWith: 'OR',
    })
    .map(({ id, score, queryTerms }) => ({ id: id as string, score, queryTerms }));

describe('retrieval scored from the index', () => {
  it('ranks the eval passages exactly as MiniSearch.search does', () => {
    const passages = loadCases().map((c) => c.text);
    expect(passages.length).toBeGreaterThan(10);
    for (const text of passages) {
      const q = selectTerms(prepare(text, analyzer), snapshot.df, snapshot.docCount);
      const boost = (t: string) => (q.idfWeight.get(t) ?? 1) / q.meanIdfWeight;
      const hits = scorer.search(q.terms, boost);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits).toStrictEqual(viaMiniSearch(q.terms, boost));
    }
  });

  it('agrees on random queries: unknown terms, one term, many, uneven boosts', () => {
    const vocabulary = Object.keys(snapshot.df);
    let seed = 11;
    const next = () => ((seed = (seed * 16807) % 2147483647), seed / 2147483647);
    for (let i = 0; i < 300; i++) {
      const terms = [
        ...new Set(Array.from({ length: 1 + Math.floor(next() * 20) }, () => vocabulary[Math.floor(next() * vocabulary.length)])),
      ];
      if (i % 7 === 0) terms.push('woordzonderpostings');
      const weights = new Map(terms.map((t) => [t, 0.2 + next() * 3]));
      const boost = (t: string) => weights.get(t) ?? 1;
      expect(scorer.search(terms, boost)).toStrictEqual(viaMiniSearch(terms, boost));
    }
  });

  it('finds nothing for no terms or only unknown ones', () => {
    expect(scorer.search([], () => 1)).toEqual([]);
    expect(scorer.search(['woordzonderpostings'], () => 1)).toEqual([]);
    expect(ms).toBeInstanceOf(MiniSearch);
  });
});
