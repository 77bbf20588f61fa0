/**
 * The popup's search over interventions: every word must match (as a word,
 * its compound parts or a synonym), the last word as a prefix while typing,
 * longer words with a little fuzziness. Falls back to any word when all words
 * together find nothing. No query with filters lists everything that fits.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Analyzer } from '../analysis/analyzer';
import { tokenize } from '../analysis/tokenize';
import type { Intervention } from '../schema';
import type { Domain, Ground, InterventionType } from '../taxonomy';
import { FIELD_BOOST, kindOf, recordIdOf, type IndexDoc } from './search-index';

export interface SearchFilters {
  domain?: Domain;
  ground?: Ground;
  type?: InterventionType;
}

export interface SearchHit {
  intervention: Intervention;
  score: number;
  /** Query words that matched, as typed. */
  matched: string[];
}

export interface SearchResults {
  results: SearchHit[];
  total: number;
}

export const MAX_QUERY_WORDS = 12;
export const DEFAULT_LIMIT = 20;

export function fitsFilters(r: Intervention, f: SearchFilters): boolean {
  return (
    (!f.domain || r.domains.includes(f.domain)) &&
    (!f.ground || r.grounds.includes(f.ground) || (r.grounds.includes('alle') && f.ground !== 'alle')) &&
    (!f.type || r.types.includes(f.type))
  );
}

const asIs = (t: string) => t;
const whole = (s: string) => [s];

/**
 * One typed word: its stem (or a synonym) matches, as a prefix while typing
 * and with a little fuzziness when long; a compound also matches a record
 * that has all its parts ("deurbeleid" ~ "beleid aan de deur"), but not one
 * that has only one of them.
 */
function wordQuery(analyzer: Analyzer, folded: string, last: boolean): Query | null {
  const w = analyzer.word(folded);
  if (!w.stem) return null;
  const own: Query = {
    queries: [w.stem, ...w.synonyms],
    combineWith: 'OR',
    processTerm: asIs,
    tokenize: whole,
    prefix: last && w.stem.length >= 3,
    fuzzy: w.stem.length > 5 ? 0.2 : false,
  };
  if (w.parts.length < 2) return own;
  return { combineWith: 'OR', queries: [own, { queries: [...w.parts], combineWith: 'AND', processTerm: asIs, tokenize: whole }] };
}

export function searchInterventions(
  analyzer: Analyzer,
  ms: MiniSearch<IndexDoc>,
  byId: ReadonlyMap<string, Intervention>,
  query: string,
  filters: SearchFilters = {},
  limit = DEFAULT_LIMIT,
): SearchResults {
  const words = tokenize(query)
    .slice(0, MAX_QUERY_WORDS)
    .map((t) => t.folded);
  const keep = (docId: string) => kindOf(docId) === 'intervention' && fitsFilters(byId.get(recordIdOf(docId))!, filters);

  if (words.length === 0) {
    const all = [...byId.values()].filter((r) => fitsFilters(r, filters)).sort((a, b) => a.title.localeCompare(b.title, 'nl'));
    return { results: all.slice(0, limit).map((intervention) => ({ intervention, score: 0, matched: [] })), total: all.length };
  }

  const queries = words.map((w, i) => wordQuery(analyzer, w, i === words.length - 1)).filter((q): q is Query => q !== null);
  if (queries.length === 0) return { results: [], total: 0 };
  const options = { boost: FIELD_BOOST, filter: (r: SearchResult) => keep(r.id) };
  let found = ms.search({ combineWith: 'AND', queries }, options);
  if (found.length === 0 && queries.length > 1) found = ms.search({ combineWith: 'OR', queries }, options);

  const results = found.slice(0, limit).map((r) => ({
    intervention: byId.get(recordIdOf(r.id))!,
    score: Math.round(r.score * 1000) / 1000,
    matched: matchedWords(query, r.queryTerms),
  }));
  return { results, total: found.length };
}

/** The words of `text` whose folded form begins one of the matched query terms' stems. */
function matchedWords(text: string, queryTerms: string[]): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (queryTerms.some((q) => t.folded.startsWith(q) || q.startsWith(t.folded)) && !out.includes(t.text)) out.push(t.text);
  }
  return out;
}
