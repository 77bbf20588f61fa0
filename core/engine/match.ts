/**
 * The highlight flow: from a passage to the interventions, do's and don'ts
 * and checklist items that fit, best first, each with the reason why.
 *
 * 1. Pick the passage's telling terms: frequent in the passage, rare in the
 *    knowledge base (tf·idf), at most MAX_QUERY_TERMS, so a 10,000-character
 *    passage costs about as much as a sentence.
 * 2. Retrieve candidates with MiniSearch (BM25+, field boosts).
 * 3. Rerank with the domain, ground and type signals of the passage.
 * 4. Checklist items come mostly from their detection cues.
 */
import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { GENERIC_WORDS, NEGATIONS } from '../analysis/stopwords';
import type { ChecklistItem, Guidance, Intervention } from '../schema';
import type { CompiledItem } from './check';
import { itemHits, statusOf } from './check';
import { matchCue } from './cues';
import type { Signal } from './detect';
import type { Doc } from './document';
import { FIELD_BOOST, kindOf, recordIdOf, type IndexDoc, type Kind } from './search-index';
import type { Facet } from './signals';

export const MAX_QUERY_TERMS = 16;
const CANDIDATES = 40;
export const LIMITS = { interventions: 8, guidance: 6, checklist: 6 } as const;

/** Weight of a term by how it came from the word: the word itself, a compound part, a synonym. */
const TERM_WEIGHT = { stem: 1, part: 0.5, synonym: 0.4 };
/** How much each facet's signals count in reranking. */
const FACET_WEIGHT: Record<Facet, number> = { domain: 1, ground: 1, type: 0.6 };
/**
 * How much the signals count against the words: more when the passage's words
 * find little in the knowledge base (a passage about "de balie van Werk en
 * Inkomen" shares few words with any record, but clearly concerns public
 * services). Guidance is mostly domain-independent advice: signals count less.
 */
const SIGNAL_SHARE = { base: 0.45, weakText: 0.75, guidance: 0.2 };
const SIGNAL_CANDIDATE_SIGNALS = 3;
const SIGNAL_CANDIDATES = 30;

export interface Why {
  /** Words of the passage that matched, as written. */
  terms: string[];
  /** Detected signals this record fits. */
  signals: { facet: Facet; id: string }[];
}

export interface Scored<T> {
  score: number;
  why: Why;
  record: T;
}

export interface MatchResult {
  interventions: Scored<Intervention>[];
  guidance: Scored<Guidance>[];
  checklist: Scored<ChecklistItem>[];
  signals: Signal[];
}

export interface QueryTerms {
  terms: string[];
  /** tf·idf of each term. */
  idfWeight: Map<string, number>;
  /** Mean tf·idf of the selected terms. */
  meanIdfWeight: number;
  /** Term → the first word in the passage it came from. */
  surface: Map<string, string>;
}

export function selectTerms(doc: Doc, df: Record<string, number>, docCount: number): QueryTerms {
  const tf = new Map<string, number>();
  const surface = new Map<string, string>();
  const add = (term: string, w: number, word: string) => {
    tf.set(term, (tf.get(term) ?? 0) + w);
    if (!surface.has(term)) surface.set(term, word);
  };
  for (const t of doc.tokens) {
    // Negations matter to the check, not to what a passage is about.
    if (!t.stem || GENERIC_WORDS.has(t.folded) || NEGATIONS.has(t.folded)) continue;
    add(t.stem, TERM_WEIGHT.stem, t.text);
    for (const p of t.parts) add(p, TERM_WEIGHT.part, t.text);
    for (const s of t.synonyms) add(s, TERM_WEIGHT.synonym, t.text);
  }
  const idfWeight = new Map<string, number>();
  const ranked: [string, number][] = [];
  for (const [term, f] of tf) {
    const d = df[term];
    if (!d) continue;
    idfWeight.set(term, (1 + Math.log(f)) * Math.log(1 + docCount / d));
    ranked.push([term, idfWeight.get(term)!]);
  }
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked.slice(0, MAX_QUERY_TERMS);
  const meanIdfWeight = top.length ? top.reduce((a, [, w]) => a + w, 0) / top.length : 1;
  return { terms: top.map(([t]) => t), idfWeight, meanIdfWeight, surface };
}

/** One query over all kinds, split by kind: the best CANDIDATES of each. */
function retrieve(ms: MiniSearch<IndexDoc>, q: QueryTerms): Record<Kind, SearchResult[]> {
  const out: Record<Kind, SearchResult[]> = { intervention: [], guidance: [], checklist: [] };
  if (q.terms.length === 0) return out;
  const results = ms.search(q.terms.join(' '), {
    tokenize: (s) => s.split(' '),
    processTerm: (t) => t,
    boost: FIELD_BOOST,
    // Rare words say most about a passage: weigh each term by its tf·idf relative to the query's mean.
    boostTerm: (t) => (q.idfWeight.get(t) ?? 1) / q.meanIdfWeight,
    combineWith: 'OR',
  });
  for (const r of results) {
    const list = out[kindOf(r.id)];
    if (list.length < CANDIDATES) list.push(r);
  }
  return out;
}

const termsWhy = (q: QueryTerms, r: SearchResult) => [...new Set(r.queryTerms.map((t) => q.surface.get(t)!).filter(Boolean))].slice(0, 6);

/** Signals grouped by facet, with their total strength: computed once per passage. */
type SignalGroups = { facet: Facet; list: Signal[]; sum: number }[];

function groupSignals(signals: Signal[]): SignalGroups {
  const groups: SignalGroups = [];
  for (const s of signals) {
    let g = groups.find((x) => x.facet === s.facet);
    if (!g) groups.push((g = { facet: s.facet, list: [], sum: 0 }));
    g.list.push(s);
    g.sum += s.strength;
  }
  return groups;
}

/** Share of the passage's signal strength that a record's taxonomy ids account for. */
function signalFit(ids: Record<Facet, readonly string[]>, groups: SignalGroups): { fit: number; matched: Why['signals'] } {
  let total = 0;
  let got = 0;
  const matched: Why['signals'] = [];
  for (const { facet, list, sum } of groups) {
    const own = ids[facet];
    if (!own.length) continue;
    // Records that claim every domain fit everything a little, not everything fully.
    const breadth = 1 / (1 + 0.15 * (own.length - 1));
    let fit = 0;
    for (const s of list) {
      if (own.includes(s.id)) {
        fit += s.strength * breadth;
        matched.push({ facet, id: s.id });
      } else if (facet === 'ground' && own.includes('alle')) {
        fit += s.strength * 0.35;
      }
    }
    total += FACET_WEIGHT[facet];
    got += FACET_WEIGHT[facet] * (fit / sum);
  }
  return { fit: total ? got / total : 0, matched };
}

/** Share of the query's weight (tf·idf) that a result matched: an absolute measure, unlike score/top. */
function coverage(q: QueryTerms, r: SearchResult): number {
  const total = q.terms.reduce((a, t) => a + (q.idfWeight.get(t) ?? 0), 0);
  const got = r.queryTerms.reduce((a, t) => a + (q.idfWeight.get(t) ?? 0), 0);
  return total ? Math.min(1, got / total) : 0;
}

interface Candidate {
  id: string;
  text: number;
  /** Share of the passage's telling words this record matched (0 for candidates found by signals only). */
  coverage: number;
  result?: SearchResult;
}

function rank<T>(
  candidates: Candidate[],
  q: QueryTerms,
  signals: Signal[],
  recordOf: (id: string) => T,
  idsOf: (r: T) => Record<Facet, readonly string[]>,
  limit: number,
  share: number,
): Scored<T>[] {
  const hasSignals = signals.some((s) => s.strength > 0);
  const groups = groupSignals(signals);
  return candidates
    .map(({ id, text, result }) => {
      const record = recordOf(id);
      const { fit, matched } = signalFit(idsOf(record), groups);
      const score = hasSignals ? (1 - share) * text + share * fit : text;
      return { score: Math.round(score * 1000) / 1000, record, why: { terms: result ? termsWhy(q, result) : [], signals: matched } };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** Text candidates, scored by relative BM25 and by coverage of the passage's telling terms. */
function textCandidates(results: SearchResult[], q: QueryTerms): Candidate[] {
  const top = results[0]?.score ?? 0;
  return results.map((r) => {
    const c = coverage(q, r);
    return { id: recordIdOf(r.id), text: 0.6 * (r.score / top) + 0.4 * c, coverage: c, result: r };
  });
}

/** The signal share for interventions, from how well the best text candidate covers the passage. */
function interventionShare(candidates: Candidate[]): number {
  const best = candidates.reduce((m, c) => Math.max(m, c.coverage), 0);
  return SIGNAL_SHARE.base + (SIGNAL_SHARE.weakText - SIGNAL_SHARE.base) * Math.max(0, 1 - 2 * best);
}

/**
 * Records that fit the strongest signals even without shared words: a passage
 * about "hoofddoek" and "bijbaan" still finds labour-market records on religion.
 */
function signalCandidates(signals: Signal[], byFacetId: ReadonlyMap<string, string[]>, have: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const s of signals.filter((x) => x.facet !== 'type').slice(0, SIGNAL_CANDIDATE_SIGNALS)) {
    for (const id of (byFacetId.get(`${s.facet}:${s.id}`) ?? []).slice(0, SIGNAL_CANDIDATES)) {
      if (!have.has(id)) {
        have.add(id);
        out.push({ id, text: 0, coverage: 0 });
      }
    }
  }
  return out;
}

/**
 * A passage touches a checklist item when its cues occur (it covers the item,
 * or partly), or when it uses the item's own words (it is about the item,
 * even if it gets it wrong: "we count the complaints" touches
 * meer-dan-meldcijfers). Text similarity breaks ties.
 */
const SHARE = { cue: 0.55, topic: 0.25, text: 0.2 };
/** Without any cue or topic word in the passage, an item must share this much of the passage's telling words. */
const TEXT_ONLY_COVERAGE = 0.35;

function rankChecklist(doc: Doc, q: QueryTerms, results: SearchResult[], compiled: CompiledItem[]): Scored<ChecklistItem>[] {
  const top = results[0]?.score ?? 0;
  const textScore = new Map(results.map((r) => [recordIdOf(r.id), { score: r.score / top, coverage: coverage(q, r), r }]));
  const scored = compiled.map((c) => {
    const hits = itemHits(doc, c);
    const status = statusOf(hits);
    const topicHits = matchCue(doc, c.topic);
    return {
      c,
      hits,
      topicHits,
      cue: status === 'covered' ? 1 : status === 'partial' ? 0.5 : 0,
      topic: Math.min(1, topicHits.length / 2),
      text: textScore.get(c.item.id),
    };
  });
  const anyEvidence = scored.some((s) => s.cue > 0 || s.topic > 0);
  const out: Scored<ChecklistItem>[] = [];
  for (const { c, hits, topicHits, cue, topic, text } of scored) {
    if (anyEvidence ? cue === 0 && topic === 0 : (text?.coverage ?? 0) < TEXT_ONLY_COVERAGE) continue;
    const score = SHARE.cue * cue + SHARE.topic * topic + SHARE.text * (text?.score ?? 0);
    const words = [...hits.covered, ...hits.partial, ...topicHits].flatMap((h) =>
      h.spans.map(({ pos, length }) => doc.text.slice(doc.tokens[pos].start, doc.tokens[pos + length - 1].end)),
    );
    const terms = [...new Set([...words, ...(text ? termsWhy(q, text.r) : [])])].slice(0, 6);
    out.push({ score: Math.round(score * 1000) / 1000, record: c.item, why: { terms, signals: [] } });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, LIMITS.checklist);
}

export interface MatchContext {
  ms: MiniSearch<IndexDoc>;
  df: Record<string, number>;
  docCount: number;
  interventions: ReadonlyMap<string, Intervention>;
  /** `facet:id` → ids of interventions that carry it. */
  interventionsByFacet: ReadonlyMap<string, string[]>;
  guidance: ReadonlyMap<string, Guidance>;
  checklist: CompiledItem[];
}

function withSignalCandidates(text: Candidate[], signals: Signal[], byFacet: ReadonlyMap<string, string[]>): Candidate[] {
  return [...text, ...signalCandidates(signals, byFacet, new Set(text.map((c) => c.id)))];
}

export function matchDoc(doc: Doc, signals: Signal[], ctx: MatchContext): MatchResult {
  const q = selectTerms(doc, ctx.df, ctx.docCount);
  const found = retrieve(ctx.ms, q);
  const interventionText = textCandidates(found.intervention, q);
  const none: readonly string[] = [];
  return {
    interventions: rank(
      withSignalCandidates(interventionText, signals, ctx.interventionsByFacet),
      q,
      signals,
      (id) => ctx.interventions.get(id)!,
      (r) => ({ domain: r.domains, ground: r.grounds, type: r.types }),
      LIMITS.interventions,
      interventionShare(interventionText),
    ),
    guidance: rank(
      textCandidates(found.guidance, q),
      q,
      signals.filter((s) => s.facet === 'domain'),
      (id) => ctx.guidance.get(id)!,
      (r) => ({ domain: r.domains, ground: none, type: none }),
      LIMITS.guidance,
      SIGNAL_SHARE.guidance,
    ),
    checklist: rankChecklist(doc, q, found.checklist, ctx.checklist),
    signals,
  };
}
