/**
 * The index snapshot: everything the engine needs, as one JSON document. The
 * build writes it; the worker bundles it; the extension's private mode
 * downloads and caches it. Loading is JSON.parse + PackedMiniSearch.unpack.
 */
import MiniSearch from 'minisearch';
import { createAnalyzer } from '../analysis/analyzer';
import { buildLexicon } from '../analysis/lexicon';
import type { KnowledgeBase } from '../schema';
import { PackedMiniSearch, type PackedIndex } from './packed-index';
import { buildIndex, documentFrequencies, indexDocs, miniSearchOptions } from './search-index';

function* recordTexts(kb: Omit<KnowledgeBase, 'version'>): Iterable<string> {
  for (const r of kb.interventions) yield* [r.title, r.summary, r.description, ...r.keywords, ...r.whatWorks, ...r.targetGroups];
  for (const r of kb.guidance) yield* [r.text, r.reason, ...r.keywords];
  // The cue words too: a compound of a cue word ("uitvoeringsovereenkomst") then splits into it.
  for (const r of kb.checklist)
    yield* [
      r.question,
      r.explanation,
      r.good,
      r.advice,
      ...r.keywords,
      ...r.cues.covered,
      ...r.cues.partial,
      ...r.cues.headings,
      ...r.cues.examples,
    ];
}

/** 3: the index packed (packed-index.ts) instead of MiniSearch's JSON; 4: the records carry the learned checklist reading. */
export const SNAPSHOT_FORMAT = 4;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: string;
  lexicon: string[];
  df: Record<string, number>;
  docCount: number;
  index: PackedIndex;
  /** The records as a JSON string of KnowledgeBase: parsed on first use, not at start-up. */
  kb: string;
}

/** The decompounding lexicon: from all record text, descriptions included. The learner (`npm run learn`) reads with the same. */
export const recordLexicon = (kb: Omit<KnowledgeBase, 'version'>) => buildLexicon(recordTexts(kb));

export function buildSnapshot(kb: KnowledgeBase): Snapshot {
  const lexicon = recordLexicon(kb);
  const analyzer = createAnalyzer(lexicon);
  const docs = indexDocs(kb, analyzer);
  const built = buildIndex(docs, analyzer);
  // Packed as loadJS restores it, the form the engine has always searched (its tree's order of keys can differ from the built one).
  const index = MiniSearch.loadJS(JSON.parse(JSON.stringify(built)) as ReturnType<typeof built.toJSON>, miniSearchOptions(analyzer));
  return {
    format: SNAPSHOT_FORMAT,
    version: kb.version,
    lexicon,
    df: documentFrequencies(docs, analyzer),
    docCount: docs.length,
    index: PackedMiniSearch.pack(index),
    kb: JSON.stringify(kb),
  };
}

/**
 * A snapshot as two JSON texts: `index` (everything but the records: what
 * start-up parses) and `records` (the KnowledgeBase, every list of it, parsed
 * on first use). splitSnapshot and joinSnapshot are the only writer and reader
 * of this form: the build writes the parts, the worker joins them for
 * GET /api/index without parsing either.
 */
export interface SnapshotParts {
  version: string;
  index: string;
  records: string;
}

export function splitSnapshot(snapshot: Snapshot): SnapshotParts {
  const { kb, ...index } = snapshot;
  return { version: snapshot.version, index: JSON.stringify(index), records: kb };
}

/** The whole snapshot as one JSON text, equal to JSON.stringify(snapshot) (the records are the last field). */
export function joinSnapshot(parts: SnapshotParts): string {
  const { index } = parts;
  if (!index.startsWith('{') || !index.endsWith('}') || index === '{}') throw new Error('snapshot index is not a JSON object with fields');
  return `${index.slice(0, -1)},"kb":${JSON.stringify(parts.records)}}`;
}

/** The snapshot from its parts; the records stay a string until the engine needs them. */
export function readSnapshot(parts: SnapshotParts): Snapshot {
  const index = JSON.parse(parts.index) as Omit<Snapshot, 'kb'>;
  if (index.format !== SNAPSHOT_FORMAT)
    throw new Error(`snapshot format ${String(index.format)}, expected ${SNAPSHOT_FORMAT}: run npm run build:data`);
  return { ...index, kb: parts.records };
}
