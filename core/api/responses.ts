/**
 * Engine results in the shapes of the API contract. The worker sends these;
 * the extension's private mode builds the very same from its local engine.
 */
import type { Engine } from '../engine';
import type { SearchFilters } from '../engine/search';
import { CHECKLIST_STEPS, DOMAIN_LABELS, GROUND_LABELS, ROLE_LABELS, STEP_LABELS, TYPE_LABELS } from '../taxonomy';
import type { CheckResponse, HealthResponse, MatchResponse, SearchResponse } from './contract';

export function searchResponse(engine: Engine, q: string, filters: SearchFilters, limit?: number): SearchResponse {
  const { results, total } = engine.search(q, filters, limit);
  return { results: results.map((r) => ({ ...r.intervention, score: r.score, matched: r.matched })), total };
}

export function matchResponse(engine: Engine, text: string): MatchResponse {
  const m = engine.match(text);
  const flat = <T extends object>(x: { record: T; score: number; why: MatchResponse['interventions'][number]['why'] }) => ({ ...x.record, score: x.score, why: x.why });
  return {
    interventions: m.interventions.map(flat),
    guidance: m.guidance.map(flat),
    checklist: m.checklist.map(flat),
    signals: m.signals.map(({ facet, id, strength, words }) => ({ facet, id, strength: Math.round(strength * 100) / 100, words })),
  };
}

export const checkResponse = (engine: Engine, text: string): CheckResponse => engine.check(text);

export function healthResponse(engine: Engine): HealthResponse {
  const { interventions, guidance, checklist } = engine.kb;
  return { ok: true, version: engine.version, counts: { interventions: interventions.length, guidance: guidance.length, checklist: checklist.length } };
}

/** The compact list of all interventions, for overviews. */
export function interventionList(engine: Engine) {
  const interventions = engine.kb.interventions.map(({ id, title, summary, domains, grounds, types }) => ({ id, title, summary, domains, grounds, types }));
  return { interventions, total: interventions.length };
}

const labelled = (labels: Record<string, { nl: string; en: string }>) => Object.entries(labels).map(([id, label]) => ({ id, label }));

export function taxonomyResponse() {
  return {
    domains: labelled(DOMAIN_LABELS),
    grounds: labelled(GROUND_LABELS),
    types: labelled(TYPE_LABELS),
    roles: labelled(ROLE_LABELS),
    steps: labelled(STEP_LABELS),
    checklist: Object.entries(CHECKLIST_STEPS).map(([id, step]) => ({ id, step })),
  };
}
