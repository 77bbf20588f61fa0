/**
 * The engine: one object that answers search, match and check from a
 * snapshot. The worker creates it once per isolate; the extension's private
 * mode creates it from the cached snapshot.
 */
import { createAnalyzer } from '../analysis/analyzer';
import { createScorer } from './bm25';
import type { KnowledgeBase } from '../schema';
import { checkDoc, type CheckResult } from './check';
import { compileChecklist } from './checklist';
import { compileSignals, detectSignals } from './detect';
import { prepare } from './document';
import { matchDoc, type MatchResult } from './match';
import { compileNeighbours, type CompiledNeighbours } from './neighbours';
import { searchInterventions, type SearchFilters, type SearchResults } from './search';
import { PackedMiniSearch } from './packed-index';
import { FIELD_BOOST, miniSearchOptions, type IndexDoc } from './search-index';
import type { Snapshot } from './snapshot';

export interface Engine {
  version: string;
  kb: KnowledgeBase;
  search(query: string, filters?: SearchFilters, limit?: number): SearchResults;
  match(text: string): MatchResult;
  check(text: string): CheckResult;
}

/** Lookups over the records, built on first use. */
function indexRecords(kb: KnowledgeBase) {
  const interventionsByFacet = new Map<string, string[]>();
  for (const r of kb.interventions) {
    for (const key of [...r.domains.map((d) => `domain:${d}`), ...r.grounds.map((g) => `ground:${g}`)]) {
      interventionsByFacet.set(key, [...(interventionsByFacet.get(key) ?? []), r.id]);
    }
  }
  return {
    kb,
    interventions: new Map(kb.interventions.map((r) => [r.id, r])),
    guidance: new Map(kb.guidance.map((r) => [r.id, r])),
    interventionsByFacet,
  };
}

/**
 * Restoring the index is what must be fast (it runs at start-up). The records
 * (a JSON string inside the snapshot), the checklist cues and the signal
 * lexicons are parsed and compiled on first use.
 */
export function createEngine(snapshot: Snapshot): Engine {
  const analyzer = createAnalyzer(snapshot.lexicon);
  const ms = PackedMiniSearch.unpack<IndexDoc>(snapshot.index, miniSearchOptions(analyzer));
  const scorer = createScorer(ms, FIELD_BOOST);
  let records: ReturnType<typeof indexRecords> | undefined;
  const data = () => (records ??= indexRecords(JSON.parse(snapshot.kb) as KnowledgeBase));
  let compiled:
    | { checklist: ReturnType<typeof compileChecklist>; signals: ReturnType<typeof compileSignals>; neighbours?: CompiledNeighbours }
    | undefined;
  const lazy = () => {
    const { kb } = data();
    return (compiled ??= {
      checklist: compileChecklist(kb.checklist, analyzer, kb.learned),
      signals: compileSignals(analyzer),
      neighbours: kb.passages && compileNeighbours(kb.passages, snapshot.df, snapshot.docCount),
    });
  };

  return {
    version: snapshot.version,
    get kb() {
      return data().kb;
    },
    search: (query, filters, limit) => searchInterventions(analyzer, ms, data().interventions, query, filters, limit),
    match(text) {
      const { checklist, signals, neighbours } = lazy();
      const doc = prepare(text, analyzer);
      const { interventions, guidance, interventionsByFacet } = data();
      return matchDoc(doc, detectSignals(doc, signals), {
        scorer,
        df: snapshot.df,
        docCount: snapshot.docCount,
        interventions,
        interventionsByFacet,
        guidance,
        checklist,
        neighbours,
      });
    },
    check(text) {
      return checkDoc(prepare(text, analyzer), lazy().checklist);
    },
  };
}

/**
 * Parses and loads a snapshot from its JSON text. The worker passes the
 * records apart (`kbJson`), so start-up does not even scan them.
 */
export function loadEngine(json: string, kbJson?: string): Engine {
  const snapshot = JSON.parse(json) as Snapshot;
  if (kbJson !== undefined) snapshot.kb = kbJson;
  return createEngine(snapshot);
}
