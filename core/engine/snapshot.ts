/**
 * The index snapshot: everything the engine needs, as one JSON document. The
 * build writes it; the worker bundles it; the extension's private mode
 * downloads and caches it. Loading is JSON.parse + MiniSearch.loadJS.
 */
import type { AsPlainObject } from 'minisearch';
import { createAnalyzer } from '../analysis/analyzer';
import { buildLexicon } from '../analysis/lexicon';
import type { KnowledgeBase } from '../schema';
import { buildIndex, documentFrequencies, FIELDS, indexDocs } from './search-index';

export const SNAPSHOT_FORMAT = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: string;
  lexicon: string[];
  df: Record<string, number>;
  docCount: number;
  index: AsPlainObject;
  kb: KnowledgeBase;
}

export function buildSnapshot(kb: KnowledgeBase): Snapshot {
  const docs = indexDocs(kb);
  const lexicon = buildLexicon(docs.flatMap((d) => FIELDS.map((f) => d[f])));
  const analyzer = createAnalyzer(lexicon);
  const index = buildIndex(docs, analyzer);
  return {
    format: SNAPSHOT_FORMAT,
    version: kb.version,
    lexicon,
    df: documentFrequencies(docs, analyzer),
    docCount: docs.length,
    index: index.toJSON(),
    kb,
  };
}
