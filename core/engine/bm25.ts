/**
 * A match's one retrieval query, scored straight from MiniSearch's index.
 *
 * `MiniSearch.search` builds, per query term, a Map of result objects (with
 * each field's matched terms), merges them, copies stored fields into every
 * result and sorts them all: a fifth of a match, for the 40 candidates per
 * kind the ranking reads (id, score, matched query terms). This scorer reads
 * the same postings and does the same arithmetic in the same order (BM25+ per
 * field, field boost, term boost; a term's fields summed before the term is
 * added to a document; documents in the order MiniSearch first meets them,
 * then a stable sort by score), so the scores and their order are identical
 * to the bit. A unit test holds it to `MiniSearch.search`.
 */
import type MiniSearch from 'minisearch';

/** What a match reads of a search result. */
export interface Hit {
  /** The index's document id ("i:…", "g:…", "c:…"). */
  id: string;
  score: number;
  /** The query terms the document matched, in query order. */
  queryTerms: string[];
}

/** MiniSearch's own state, as `search` reads it (exact terms, OR, no document boost). */
interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
}

/** MiniSearch's defaults (`defaultSearchOptions.bm25`): the engine passes none of its own. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface Scorer {
  /** The documents that match any of `terms`, best first, as `ms.search(terms.join(' '), {boost, boostTerm, combineWith: 'OR'})` ranks them. */
  search(terms: readonly string[], termBoost: (term: string) => number): Hit[];
}

export function createScorer<T>(ms: MiniSearch<T>, boost: Readonly<Record<string, number>>): Scorer {
  const m = ms as unknown as Internals;
  // Fields in the order MiniSearch walks them (its `fields` option, which FIELD_BOOST follows), with their ids and boosts.
  const fields = Object.keys(boost).map((name) => ({ id: m._fieldIds[name], boost: boost[name] || 1 }));
  // Scratch per short document id, reused by every query (a query runs to its end before the next).
  const size = m._nextId;
  const score = new Float64Array(size);
  const seen = new Uint8Array(size);
  const termScore = new Float64Array(size);
  const termSeen = new Uint8Array(size);
  const matched: string[][] = new Array(size);
  // Field lengths by field and short id, flat: one array read per posting instead of a Map lookup.
  const fieldCount = Object.keys(m._fieldIds).length;
  const lengths = new Float64Array(fieldCount * size);
  for (const [doc, perField] of m._fieldLength) perField.forEach((n, field) => (lengths[field * size + doc] = n));

  return {
    search(terms, termBoost) {
      const order: number[] = [];
      const termDocs: number[] = [];
      for (const term of terms) {
        const data = m._index.get(term);
        if (!data) continue;
        const tb = termBoost(term);
        for (const { id: fieldId, boost: fieldBoost } of fields) {
          const freqs = data.get(fieldId);
          if (!freqs) continue;
          const matching = freqs.size;
          const avg = m._avgFieldLength[fieldId];
          const idf = Math.log(1 + (m._documentCount - matching + 0.5) / (matching + 0.5));
          for (const [doc, tf] of freqs) {
            const length = lengths[fieldId * size + doc];
            const raw = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg)));
            const weighted = tb * fieldBoost * raw;
            if (termSeen[doc]) termScore[doc] += weighted;
            else {
              termSeen[doc] = 1;
              termScore[doc] = weighted;
              termDocs.push(doc);
            }
          }
        }
        // The term's documents join the results as MiniSearch's OR does: a new document keeps its place of first meeting.
        for (const doc of termDocs) {
          if (seen[doc]) {
            score[doc] = score[doc] + termScore[doc];
            if (!matched[doc].includes(term)) matched[doc].push(term);
          } else {
            seen[doc] = 1;
            score[doc] = termScore[doc];
            matched[doc] = [term];
            order.push(doc);
          }
          termSeen[doc] = 0;
        }
        termDocs.length = 0;
      }
      const hits: Hit[] = order.map((doc) => {
        seen[doc] = 0;
        const queryTerms = matched[doc];
        return { id: m._documentIds.get(doc)!, score: score[doc] * (queryTerms.length || 1), queryTerms };
      });
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}
