/**
 * The highlight flow: from a passage to the interventions, do's and don'ts
 * and checklist items that fit, best first, each with the reason why.
 *
 * 1. Pick the passage's telling terms: frequent in the passage, rare in the
 *    knowledge base (tf·idf), at most RETRIEVAL.maxQueryTerms, so a 10,000-character
 *    passage costs about as much as a sentence.
 * 2. Retrieve candidates with MiniSearch (BM25+, field boosts).
 * 3. Rerank with the domain, ground and type signals of the passage.
 * 4. Checklist items come from the checklist detector (checklist.ts), the
 *    same verdicts the draft check gives.
 *
 * Every weight is in weights.ts; DESIGN.md explains the model.
 */
import { GENERIC_WORDS, NEGATIONS } from '../analysis/stopwords';
import type { ChecklistItem, Guidance, Intervention } from '../schema';
import { detectChecklist, detectedWords, evidenceOf, type CompiledChecklist, type Detection, type Reason } from './checklist';
import type { Hit as SearchResult, Scorer } from './bm25';
import type { Signal } from './detect';
import type { Doc } from './document';
import { kindOf, recordIdOf, type Kind } from './search-index';
import { neighbourVotes, type CompiledNeighbours, type Vote } from './neighbours';
import type { Facet } from './signals';
import { CHECKLIST_RANK, DIVERSITY, NEIGHBOURS, RANK, RETRIEVAL, SIGNAL_FIT, TEXT_SCORE, type RankConfig } from './weights';

export interface Why {
  /** Words of the passage that matched, as written. */
  terms: string[];
  /** Detected signals this record fits. */
  signals: { facet: Facet; id: string }[];
  /** Checklist items: why the detector counts the passage as evidence (the same reasons the check gives); any record: readers picked it for passages like this one. */
  reasons?: Omit<Reason, 'evidence'>[];
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
  /** Sum of the selected terms' tf·idf: what a record's coverage is a share of. */
  totalIdfWeight: number;
  /** Term → the first word in the passage it came from. */
  surface: Map<string, string>;
}

function addTerm(tf: Map<string, number>, surface: Map<string, string>, term: string, w: number, word: string) {
  tf.set(term, (tf.get(term) ?? 0) + w);
  if (!surface.has(term)) surface.set(term, word);
}

export function selectTerms(
  doc: Doc,
  df: Record<string, number>,
  docCount: number,
  policyTerms: ReadonlySet<string> = new Set(),
): QueryTerms {
  const tf = new Map<string, number>();
  const surface = new Map<string, string>();
  // The words of a name ("Art.1 Midden Nederland") say less than what the name stands for (added below): they weigh as parts.
  const inName = new Uint8Array(doc.tokens.length);
  for (const [pos, { length }] of doc.names) inName.fill(1, pos, pos + length);
  doc.tokens.forEach((t, i) => {
    // Negations matter to the check, not to what a passage is about; nor do numbers.
    if (!t.stem || GENERIC_WORDS.has(t.folded) || NEGATIONS.has(t.folded) || /^\d+$/.test(t.folded)) return;
    addTerm(tf, surface, t.stem, inName[i] ? RETRIEVAL.termWeight.part : RETRIEVAL.termWeight.stem, t.text);
    for (const p of t.parts) addTerm(tf, surface, p, RETRIEVAL.termWeight.part, t.text);
    for (const s of t.synonyms) addTerm(tf, surface, s, RETRIEVAL.termWeight.synonym, t.text);
  });
  // A name stands for its words: "Art.1 Midden Nederland" asks for what records say of the ADV. It is one
  // thing however often it is named and in however many words records say it: its terms share one word's weight, once.
  const named = new Set<string>();
  for (const [pos, { length, terms }] of doc.names) {
    const written = doc.text.slice(doc.tokens[pos].start, doc.tokens[pos + length - 1].end);
    for (const term of terms) {
      if (named.has(term)) continue;
      named.add(term);
      addTerm(tf, surface, term, RETRIEVAL.termWeight.stem / terms.length, written);
    }
  }
  const idfWeight = new Map<string, number>();
  const ranked: [string, number][] = [];
  for (const [term, f] of tf) {
    const d = df[term];
    if (!d) continue;
    // Words the checklist detector read as policy evidence say more about what the passage asks than rare everyday words.
    idfWeight.set(term, (1 + Math.log(f)) * Math.log(1 + docCount / d) * (policyTerms.has(term) ? RETRIEVAL.policyTermBoost : 1));
    ranked.push([term, idfWeight.get(term)!]);
  }
  ranked.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked.slice(0, RETRIEVAL.maxQueryTerms);
  const totalIdfWeight = top.reduce((a, [, w]) => a + w, 0);
  const meanIdfWeight = top.length ? totalIdfWeight / top.length : 1;
  return { terms: top.map(([t]) => t), idfWeight, meanIdfWeight, totalIdfWeight, surface };
}

/** One query over all kinds, split by kind: the best `RETRIEVAL.candidates` of each. */
function retrieve(scorer: Scorer, q: QueryTerms): Record<Kind, SearchResult[]> {
  const out: Record<Kind, SearchResult[]> = { intervention: [], guidance: [], checklist: [] };
  if (q.terms.length === 0) return out;
  // Rare words say most about a passage: weigh each term by its tf·idf relative to the query's mean.
  const results = scorer.search(q.terms, (t) => (q.idfWeight.get(t) ?? 1) / q.meanIdfWeight);
  for (const r of results) {
    const list = out[kindOf(r.id)];
    if (list.length < RETRIEVAL.candidates) list.push(r);
  }
  return out;
}

const termsWhy = (q: QueryTerms, r: SearchResult) => [...new Set(r.queryTerms.map((t) => q.surface.get(t)!).filter(Boolean))].slice(0, 6);

/** Signals grouped by facet, with their total strength: computed once per passage. */
type SignalGroups = { facet: Facet; weight: number; list: Signal[]; sum: number }[];

/** The passage's signals of the facets a kind weighs, grouped by facet. */
function groupSignals(signals: Signal[], facetWeight: RankConfig['facetWeight']): SignalGroups {
  const groups: SignalGroups = [];
  for (const s of signals) {
    const weight = facetWeight[s.facet];
    if (weight === undefined) continue;
    let g = groups.find((x) => x.facet === s.facet);
    if (!g) groups.push((g = { facet: s.facet, weight, list: [], sum: 0 }));
    g.list.push(s);
    g.sum += s.strength;
  }
  return groups;
}

/** What a record that claims n ids of a facet counts for each of them. */
const breadthOf = (n: number) => 1 / (1 + SIGNAL_FIT.breadth * (n - 1));

/** Share of the passage's signal strength that a record's taxonomy ids account for. */
function signalFit(ids: Record<Facet, readonly string[]>, groups: SignalGroups): { fit: number; matched: Why['signals'] } {
  let total = 0;
  let got = 0;
  const matched: Why['signals'] = [];
  for (const { facet, weight, list, sum } of groups) {
    const own = ids[facet];
    if (!own.length) continue;
    // Records that claim every domain fit everything a little, not everything fully.
    const breadth = breadthOf(own.length);
    let fit = 0;
    for (const s of list) {
      if (own.includes(s.id)) {
        fit += s.strength * breadth;
        matched.push({ facet, id: s.id });
      } else if (facet === 'ground' && own.includes('alle')) {
        fit += s.strength * SIGNAL_FIT.allGrounds;
      }
    }
    total += weight;
    got += weight * (fit / sum);
  }
  return { fit: total ? got / total : 0, matched };
}

/** Share of the query's weight (tf·idf) that a result matched: an absolute measure, unlike score/top. */
function coverage(q: QueryTerms, r: SearchResult): number {
  const total = q.totalIdfWeight;
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

/** Text candidates, scored by relative BM25 and by coverage of the passage's telling terms. */
function textCandidates(results: SearchResult[], q: QueryTerms): Candidate[] {
  const top = results[0]?.score ?? 0;
  return results.map((r) => {
    const c = coverage(q, r);
    return { id: recordIdOf(r.id), text: TEXT_SCORE.relative * (r.score / top) + TEXT_SCORE.coverage * c, coverage: c, result: r };
  });
}

/** The signal share, from how well the best text candidate covers the passage (see RankConfig). */
function signalShare(candidates: Candidate[], { base, weakText }: RankConfig['share']): number {
  const best = candidates.reduce((m, c) => Math.max(m, c.coverage), 0);
  return base + (weakText - base) * Math.max(0, 1 - 2 * best);
}

/**
 * Records that fit the strongest signals even without shared words: a passage
 * about "hoofddoek" and "bijbaan" still finds labour-market records on religion.
 */
function signalCandidates(signals: Signal[], byFacetId: ReadonlyMap<string, string[]>, have: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const s of signals.filter((x) => x.facet !== 'type').slice(0, SIGNAL_FIT.candidateSignals)) {
    for (const id of (byFacetId.get(`${s.facet}:${s.id}`) ?? []).slice(0, SIGNAL_FIT.candidatesPerSignal)) {
      if (!have.has(id)) {
        have.add(id);
        out.push({ id, text: 0, coverage: 0 });
      }
    }
  }
  return out;
}

/** How one kind's records are looked up and described for ranking. */
interface KindSource<T> {
  results: SearchResult[];
  /** Id → record; records picked for similar passages are candidates when they are of this kind. */
  records: ReadonlyMap<string, T>;
  idsOf: (r: T) => Record<Facet, readonly string[]>;
  /** `facet:id` → ids of records that carry it: for signal candidates. */
  byFacet?: ReadonlyMap<string, string[]>;
}

/** What passages like this one add to a list: each record's vote, and the weight of a vote. */
interface Picks {
  votes: ReadonlyMap<string, Vote>;
  weight: number;
  /** The picks are kinds of record readers asked for, not records by name. */
  asked?: boolean;
}

/** The n strongest votes (ties: the lower id first), picked in one pass: a list's profiles give hundreds of records a vote. */
function strongest(votes: ReadonlyMap<string, Vote>, n: number): Map<string, Vote> {
  const best: [string, Vote][] = [];
  const before = (a: [string, Vote], b: [string, Vote]) => a[1].vote > b[1].vote || (a[1].vote === b[1].vote && a[0] < b[0]);
  for (const entry of votes) {
    if (best.length === n && !before(entry, best[n - 1])) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1])) at--;
    best.splice(at, 0, entry);
    if (best.length > n) best.pop();
  }
  return new Map(best);
}

/** A record's score from passages like this one, and the reason it gives (none without a vote). */
function picked(picks: Picks | undefined, id: string) {
  const v = picks?.votes.get(id);
  return v ? { score: picks!.weight * v.vote, reason: pickedReason(v, picks!.asked) } : { score: 0 };
}

/**
 * Readers picked a do or don't by name; for interventions they asked for a kind (a domain and a ground) this record fits.
 * With no near passage among the voters, the text is like the passages readers picked it for, taken together;
 * a record no reader picked yet speaks through its own words only.
 */
const pickedReason = ({ by, readers }: Vote, asked = false) => ({
  kind: 'similar' as const,
  detail: !readers
    ? 'lijkt op de woorden van dit advies zelf'
    : by === 0
      ? `lijkt op de passages waarbij lezers ${asked ? 'om zoiets vroegen' : 'dit kozen'}`
      : `${asked ? 'past bij wat lezers vroegen' : 'lezers kozen dit'} bij ${by === 1 ? 'een gelijkende passage' : `${by} gelijkende passages`}`,
});

/** Interventions and guidance: text candidates (and signal candidates), reranked by signal fit and by readers' picks for similar passages. */
function rank<T>(source: KindSource<T>, q: QueryTerms, allSignals: Signal[], config: RankConfig, picks?: Picks): Scored<T>[] {
  const text = textCandidates(source.results, q);
  const signals = allSignals.filter((s) => config.facetWeight[s.facet] !== undefined);
  const candidates =
    config.signalCandidates && source.byFacet
      ? [...text, ...signalCandidates(signals, source.byFacet, new Set(text.map((c) => c.id)))]
      : text;
  // Records readers picked for similar passages are candidates even without a shared word.
  if (picks) {
    const have = new Set(candidates.map((c) => c.id));
    for (const id of picks.votes.keys()) if (!have.has(id) && source.records.has(id)) candidates.push({ id, text: 0, coverage: 0 });
  }
  const share = signalShare(text, config.share);
  const hasSignals = signals.some((s) => s.strength > 0);
  const groups = groupSignals(signals, config.facetWeight);
  const namedDomains = signals.filter((s) => s.facet === 'domain' && s.strength > 0).map((s) => s.id);
  const results = new Map<Scored<T>, SearchResult>();
  const ranked = candidates
    .map(({ id, text, result }) => {
      const record = source.records.get(id)!;
      const ids = source.idsOf(record);
      const { fit, matched } = signalFit(ids, groups);
      let score = hasSignals ? (1 - share) * text + share * fit : text;
      if (config.offGround !== undefined && offGround(ids.ground, signals)) score *= config.offGround;
      const pick = picked(picks, id);
      // A record for many domains fits many readers' picks: its vote counts as its signal fit does (SIGNAL_FIT.breadth).
      let vote = config.votesByBreadth ? pick.score * breadthOf(ids.domain.length) : pick.score;
      // Readers' picks at passages that share a word ("migratieachtergrond") count less for a record of none of the passage's domains.
      if (config.offDomainVote !== undefined && offDomain(ids.domain, namedDomains)) vote *= config.offDomainVote;
      score += vote;
      // The words shown are read only for the records the list keeps (below).
      const why: Why = { terms: [], signals: matched };
      if (pick.reason) why.reasons = [pick.reason];
      const scored = { score: Math.round(score * 1000) / 1000, record, why };
      if (result) results.set(scored, result);
      return scored;
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const kept = (config.diversify ? diversify(ranked, signals) : ranked).slice(0, config.limit);
  for (const x of kept) {
    const result = results.get(x);
    if (result) x.why.terms = termsWhy(q, result);
  }
  return kept;
}

/** The passage names domains, and the record is for none of them. */
const offDomain = (domains: readonly string[], named: readonly string[]) => named.length > 0 && !named.some((id) => domains.includes(id));

/** A record for some grounds only ("Aziatische Nederlanders", "inwoners met een beperking"), and the passage names none of them. */
const offGround = (grounds: readonly string[], signals: Signal[]) =>
  !grounds.includes('alle') && !signals.some((s) => s.facet === 'ground' && grounds.includes(s.id));

/** A topic: domains whose signals share words ("stage" signals both labour market and education), or a ground, with its strength. */
interface Topic {
  facet: 'domain' | 'ground';
  ids: string[];
  strength: number;
}

/**
 * The passage's topics: domain signals grouped by the words they share, and
 * its strongest specific ground. A domain topic is as strong as its strongest
 * domain, scaled by the distinct words the whole group rests on (each word
 * counted once, at that domain's mean weight).
 */
function topicsOf(signals: Signal[]): Topic[] {
  const groups: Signal[][] = [];
  for (const d of signals.filter((s) => s.facet === 'domain')) {
    const words = new Set(d.words.map((w) => w.toLowerCase()));
    const joined = groups.filter((g) => g.some((x) => x.words.some((w) => words.has(w.toLowerCase()))));
    const merged = [d, ...joined.flat()];
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  const topics: Topic[] = groups.map((g) => {
    const top = g.reduce((a, b) => (b.strength > a.strength ? b : a));
    const distinct = new Set(g.flatMap((x) => x.words.map((w) => w.toLowerCase()))).size;
    return { facet: 'domain', ids: g.map((x) => x.id), strength: (top.strength * distinct) / Math.max(1, top.words.length) };
  });
  const ground = signals.find((s) => s.facet === 'ground' && s.id !== 'alle');
  if (ground) topics.push({ facet: 'ground', ids: [ground.id], strength: ground.strength });
  return topics.sort((a, b) => b.strength - a.strength);
}

/** Whether a record carries a topic: it fits one of the topic's signals. */
function carries(x: Scored<unknown>, t: Topic): boolean {
  return x.why.signals.some((s) => s.facet === t.facet && t.ids.includes(s.id));
}

/**
 * The diversity step: a passage about two topics (internships and
 * nightlife, or a guide dog refused at a restaurant) shows both in its top
 * three. When the strongest topic, or a second one nearly as strong, has no
 * record in the top three, the best record that carries it
 * (preferably one not of the other topic) moves up to third place.
 */
function diversify<T>(ranked: Scored<T>[], signals: Signal[]): Scored<T>[] {
  const all = topicsOf(signals);
  // Two domains (internships and nightlife) are the two topics, before the ground they share.
  const domains = all.filter((t) => t.facet === 'domain');
  const topics = domains.length >= 2 && domains[1].strength >= DIVERSITY.minShare * domains[0].strength ? domains : all;
  if (topics.length < 2 || ranked.length <= DIVERSITY.top) return ranked;
  const out = [...ranked];
  const [first, second] = topics;
  const pairs: [Topic, Topic][] = [[first, second]];
  if (second.strength >= DIVERSITY.minShare * first.strength) pairs.push([second, first]);
  for (const [t, other] of pairs) {
    if (out.slice(0, DIVERSITY.top).some((x) => carries(x, t))) continue;
    // A record of this topic alone shows it best; one that also carries the other topic will do.
    const alone = out.findIndex((x, i) => i >= DIVERSITY.top && carries(x, t) && !carries(x, other));
    const at = alone >= 0 ? alone : out.findIndex((x, i) => i >= DIVERSITY.top && carries(x, t));
    if (at < 0) continue;
    const [moved] = out.splice(at, 1);
    out.splice(DIVERSITY.top - 1, 0, moved);
    break;
  }
  return out;
}

/**
 * A passage touches a checklist item when the detector finds it covered or
 * partly covered, or when the passage uses the item's own words (it is about
 * the item, even if it gets it wrong: "we count the complaints" touches
 * meer-dan-meldcijfers). Text similarity breaks ties.
 */
function rankChecklist(doc: Doc, q: QueryTerms, results: SearchResult[], detections: Detection[], picks?: Picks): Scored<ChecklistItem>[] {
  const { share, textOnlyCoverage, topicSaturation, limit } = CHECKLIST_RANK;
  const top = results[0]?.score ?? 0;
  const textScore = new Map(results.map((r) => [recordIdOf(r.id), { score: r.score / top, coverage: coverage(q, r), r }]));
  const scored = detections.map((d) => ({
    d,
    cue: d.status === 'covered' ? 1 : d.status === 'partial' ? 0.5 : d.mentioned ? CHECKLIST_RANK.mentioned : 0,
    topic: Math.min(1, d.topicHits.length / topicSaturation),
    text: textScore.get(d.compiled.item.id),
  }));
  const anyEvidence = scored.some((s) => s.cue > 0 || s.topic > 0);
  const ranked: { score: number; d: Detection; text: (typeof scored)[number]['text']; pick: ReturnType<typeof picked> }[] = [];
  for (const { d, cue, topic, text } of scored) {
    const pick = picked(picks, d.compiled.item.id);
    if (!pick.reason && (anyEvidence ? cue === 0 && topic === 0 : (text?.coverage ?? 0) < textOnlyCoverage)) continue;
    const score = share.cue * cue + share.topic * topic + share.text * (text?.score ?? 0) + pick.score;
    ranked.push({ score: Math.round(score * 1000) / 1000, d, text, pick });
  }
  // The words and reasons are read only for the items the list keeps.
  return ranked
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ score, d, text, pick }) => {
      const terms = [...new Set([...detectedWords(doc, d), ...(text ? termsWhy(q, text.r) : [])])].slice(0, 6);
      const reasons = evidenceOf(doc, d).reasons.map(({ kind, detail }): Omit<Reason, 'evidence'> => ({ kind, detail }));
      if (pick.reason) reasons.push(pick.reason);
      return { score, record: d.compiled.item, why: { terms, signals: [], reasons } };
    });
}

export interface MatchContext {
  /** The index's BM25+ scorer (bm25.ts), with the field boosts. */
  scorer: Scorer;
  df: Record<string, number>;
  docCount: number;
  interventions: ReadonlyMap<string, Intervention>;
  /** `facet:id` → ids of interventions that carry it. */
  interventionsByFacet: ReadonlyMap<string, string[]>;
  guidance: ReadonlyMap<string, Guidance>;
  checklist: CompiledChecklist;
  /** Labelled passages, when the knowledge base carries them. */
  neighbours?: CompiledNeighbours;
}

const NONE: readonly string[] = [];
/** Advice without grounds of its own applies to all of them. */
const ALL_GROUNDS: readonly string[] = ['alle'];

const interventionIds = (r: Intervention) => ({ domain: r.domains, ground: r.grounds, type: r.types });
const guidanceIds = (r: Guidance) => ({ domain: r.domains, ground: r.grounds ?? ALL_GROUNDS, type: NONE });

/** The terms of the words that made the detector's cue hits (covered, partial or only mentioned). */
function policyTermsOf(doc: Doc, detections: Detection[]): Set<string> {
  const out = new Set<string>();
  for (const d of detections)
    for (const pos of d.positions) {
      const t = doc.tokens[pos];
      if (t.stem) [t.stem, ...t.parts].forEach((x) => out.add(x));
    }
  return out;
}

export function matchDoc(doc: Doc, signals: Signal[], ctx: MatchContext): MatchResult {
  const detections = detectChecklist(doc, ctx.checklist);
  const q = selectTerms(doc, ctx.df, ctx.docCount, policyTermsOf(doc, detections));
  const found = retrieve(ctx.scorer, q);
  const votes = ctx.neighbours && neighbourVotes(doc, ctx.neighbours, ctx.df, ctx.docCount);
  // The strongest votes only (NEIGHBOURS.voted): a weak vote cannot lift a record into a list of six.
  const picks = (list: 'interventions' | 'guidance' | 'checklist'): Picks | undefined =>
    votes && { votes: strongest(votes[list], NEIGHBOURS.voted[list]), weight: NEIGHBOURS[list], asked: list === 'interventions' };
  return {
    interventions: rank(
      {
        results: found.intervention,
        records: ctx.interventions,
        idsOf: interventionIds,
        byFacet: ctx.interventionsByFacet,
      },
      q,
      signals,
      RANK.interventions,
      picks('interventions'),
    ),
    guidance: rank(
      {
        results: found.guidance,
        records: ctx.guidance,
        idsOf: guidanceIds,
      },
      q,
      signals,
      RANK.guidance,
      picks('guidance'),
    ),
    checklist: rankChecklist(doc, q, found.checklist, detections, picks('checklist')),
    signals,
  };
}
