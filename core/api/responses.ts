/**
 * Engine results in the shapes of the API contract. The worker sends these;
 * the extension's private mode builds the very same from its local engine.
 */
import type { Engine } from '../engine';
import { councilSection, withCouncilQuestions } from '../council/responses';
import {
  AUDIENCE_LABELS,
  CHECKLIST_IDS,
  CHECKLIST_STEPS,
  COUNCIL_INSTRUMENT_LABELS,
  COUNCIL_ROLE_LABELS,
  DOMAIN_LABELS,
  FORM_LABELS,
  GROUND_LABELS,
  ROLE_LABELS,
  STEP_LABELS,
  TYPE_LABELS,
  type Audience,
} from '../taxonomy';
import type {
  CheckResponse,
  ChecklistListResponse,
  GuidanceListResponse,
  HealthResponse,
  InterventionListResponse,
  MatchResponse,
  SearchFilters,
  SearchResponse,
  TaxonomyResponse,
  Why,
} from './contract';
import { EVIDENCE_CUT, LIMITS } from './limits';

export function searchResponse(engine: Engine, q: string, filters: SearchFilters, limit?: number): SearchResponse {
  const { results, total } = engine.search(q, filters, limit);
  return { results: results.map((r) => ({ ...r.intervention, score: r.score, matched: r.matched })), total };
}

/** A record with its score and why, before it is flattened into one object of the answer. */
interface Scored<T extends object> {
  record: T;
  score: number;
  why: Why;
}

/** The parts of a match answer; matchResponse and matchResponseJson shape them. */
function matchParts(engine: Engine, text: string, audience?: Audience) {
  const m = engine.match(text);
  const scored = <T extends object>(x: Scored<T>): Scored<T> => ({
    record: x.record,
    score: x.score,
    why: { ...x.why, terms: x.why.terms.slice(0, LIMITS.whyTerms) },
  });
  return {
    interventions: m.interventions.map(scored),
    guidance: m.guidance.map(scored),
    checklist: m.checklist.map(scored),
    signals: m.signals.map(({ facet, id, strength, words }) => ({
      facet,
      id,
      strength: Math.round(strength * 100) / 100,
      words: words.slice(0, LIMITS.signalWords),
    })),
    council:
      audience === 'raad'
        ? councilSection(
            engine,
            text,
            m.checklist.map((c) => c.record.id),
          )
        : undefined,
  };
}

/** With audience "raad" the answer also carries the council lens on the passage. */
export function matchResponse(engine: Engine, text: string, audience?: Audience): MatchResponse {
  const { interventions, guidance, checklist, signals, council } = matchParts(engine, text, audience);
  const flat = <T extends object>({ record, score, why }: Scored<T>) => ({ ...record, score, why });
  return {
    interventions: interventions.map(flat),
    guidance: guidance.map(flat),
    checklist: checklist.map(flat),
    signals,
    ...(council ? { council } : {}),
  };
}

/**
 * Each record's JSON without its closing brace, made once: the records are
 * the engine's own objects, alive as long as it is. Serialising the full
 * records of every answer anew was most of the worker's cost per match beyond
 * the engine.
 */
const openRecordJson = new WeakMap<object, string>();

function scoredJson<T extends object>({ record, score, why }: Scored<T>): string {
  let open = openRecordJson.get(record);
  if (open === undefined) {
    // A record with its own score or why would keep them in place when flattened (and an empty one has no comma to follow): JSON.stringify places them.
    open = 'score' in record || 'why' in record || Object.keys(record).length === 0 ? '' : JSON.stringify(record).slice(0, -1);
    openRecordJson.set(record, open);
  }
  if (open === '') return JSON.stringify({ ...record, score, why });
  return `${open},"score":${JSON.stringify(score)},"why":${JSON.stringify(why)}}`;
}

/** JSON.stringify(matchResponse(engine, text, audience)), character for character, for the worker. */
export function matchResponseJson(engine: Engine, text: string, audience?: Audience): string {
  const { interventions, guidance, checklist, signals, council } = matchParts(engine, text, audience);
  const list = <T extends object>(xs: Scored<T>[]) => `[${xs.map(scoredJson).join(',')}]`;
  const lens = council ? `,"council":${JSON.stringify(council)}` : '';
  return `{"interventions":${list(interventions)},"guidance":${list(guidance)},"checklist":${list(checklist)},"signals":${JSON.stringify(signals)}${lens}}`;
}

/**
 * An evidence sentence as the answer quotes it: whole when it is short
 * enough, else cut at a word before LIMITS.evidenceChars and ended with
 * EVIDENCE_CUT. What comes before the cut stands in the draft exactly as quoted.
 */
export function quote(sentence: string, max: number = LIMITS.evidenceChars): string {
  if (sentence.length <= max) return sentence;
  const room = max - EVIDENCE_CUT.length;
  let end = room;
  while (end > room / 2 && !/\s/.test(sentence[end])) end--;
  if (end <= room / 2) end = room; // one long word: cut inside it
  if (/[\uD800-\uDBFF]/.test(sentence[end - 1])) end--; // never half a surrogate pair
  return sentence.slice(0, end).trimEnd() + EVIDENCE_CUT;
}

/**
 * The check, with at most LIMITS.evidencePerItem quotes per item, each quote
 * capped: the answer stays small whatever the draft. With audience "raad" each
 * item also carries its question for the college.
 */
export function checkResponse(engine: Engine, text: string, audience?: Audience): CheckResponse {
  const result = engine.check(text);
  const sources = new Map(engine.kb.checklist.map((c) => [c.id, c.sources]));
  const items = result.items.map((item) => {
    const evidence = item.evidence.slice(0, LIMITS.evidencePerItem).map((e) => quote(e));
    const setAside = item.setAside && { ...item.setAside, evidence: quote(item.setAside.evidence) };
    return {
      ...item,
      evidence,
      reasons: item.reasons.filter((r) => r.evidence < evidence.length),
      ...(setAside && { setAside }),
      sources: sources.get(item.id) ?? [],
    };
  });
  return { ...result, items: audience === 'raad' ? withCouncilQuestions(engine, items) : items };
}

export function healthResponse(engine: Engine): HealthResponse {
  const { interventions, guidance, checklist, council } = engine.kb;
  return {
    ok: true,
    version: engine.version,
    counts: { interventions: interventions.length, guidance: guidance.length, checklist: checklist.length, council: council.length },
  };
}

/** The compact list of all interventions, for overviews. */
export function interventionList(engine: Engine): InterventionListResponse {
  const interventions = engine.kb.interventions.map(({ id, title, summary, domains, grounds, types }) => ({
    id,
    title,
    summary,
    domains,
    grounds,
    types,
  }));
  return { interventions, total: interventions.length };
}

export const guidanceList = (engine: Engine): GuidanceListResponse => ({ guidance: engine.kb.guidance, total: engine.kb.guidance.length });
export const checklistList = (engine: Engine): ChecklistListResponse => ({
  checklist: engine.kb.checklist,
  total: engine.kb.checklist.length,
});

const labelled = (labels: Record<string, { nl: string; en: string }>) => Object.entries(labels).map(([id, label]) => ({ id, label }));

export function taxonomyResponse(): TaxonomyResponse {
  return {
    domains: labelled(DOMAIN_LABELS),
    grounds: labelled(GROUND_LABELS),
    types: labelled(TYPE_LABELS),
    roles: labelled(ROLE_LABELS),
    steps: labelled(STEP_LABELS),
    checklist: CHECKLIST_IDS.map((id) => ({ id, step: CHECKLIST_STEPS[id] })),
    forms: labelled(FORM_LABELS),
    councilRoles: labelled(COUNCIL_ROLE_LABELS),
    councilInstruments: labelled(COUNCIL_INSTRUMENT_LABELS),
    audiences: labelled(AUDIENCE_LABELS),
  };
}
