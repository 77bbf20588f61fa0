/**
 * The packed index (what the engine loads at start-up) must be exactly the
 * index MiniSearch.loadJS restores: same terms, same postings, same order of
 * keys in every Map (the order in which prefix and fuzzy searches meet terms
 * and documents decides ties), hence the same search results.
 */
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@@/core/analysis/analyzer';
import { PackedMiniSearch, type PackedIndex } from '@@/core/engine/packed-index';
import { buildIndex, FIELD_BOOST, indexDocs, miniSearchOptions, type IndexDoc } from '@@/core/engine/search-index';
import { realEngine } from '../helpers';

const { snapshot } = realEngine();
const analyzer = createAnalyzer(snapshot.lexicon);
const options = miniSearchOptions(analyzer);
const records = JSON.parse(snapshot.kb) as Parameters<typeof indexDocs>[0];
const built = buildIndex(indexDocs(records, analyzer), analyzer);
const restored = MiniSearch.loadJS<IndexDoc>(JSON.parse(JSON.stringify(built)) as ReturnType<typeof built.toJSON>, options);
const unpacked = PackedMiniSearch.unpack<IndexDoc>(JSON.parse(JSON.stringify(PackedMiniSearch.pack(restored))) as PackedIndex, options);

/** Every Map of the index as nested arrays, in iteration order (deep equality of Maps ignores order). */
const ordered = (x: unknown): unknown => (x instanceof Map ? [...x].map(([k, v]) => [k, ordered(v)]) : x);
const internals = (ms: MiniSearch<IndexDoc>) => {
  const m = ms as unknown as Record<string, unknown> & { _index: { _tree: unknown } };
  return {
    tree: ordered(m._index._tree),
    documentIds: ordered(m._documentIds),
    idToShortId: ordered(m._idToShortId),
    fieldLength: ordered(m._fieldLength),
    rest: [m._documentCount, m._nextId, m._fieldIds, m._avgFieldLength, m._dirtCount],
  };
};

describe('packed index', () => {
  it('is the index loadJS restores, Map for Map and in the same order', () => {
    expect(internals(unpacked)).toEqual(internals(restored));
  });

  it('is the index the snapshot ships', () => {
    expect(snapshot.index).toEqual(PackedMiniSearch.pack(restored));
  });

  it('answers exact, prefix and fuzzy searches as the restored index does', () => {
    const queries = [
      'discriminatie arbeidsmarkt',
      'stagediscr',
      'onderwij',
      'racisme meldpunt',
      'discriminatei',
      'lhbti',
      'anoniem solliciteren',
    ];
    for (const q of queries) {
      const opts = { boost: FIELD_BOOST, prefix: true, fuzzy: 0.2 };
      expect(unpacked.search(q, opts)).toEqual(restored.search(q, opts));
      expect(unpacked.search(q)).toEqual(restored.search(q));
    }
  });

  it('refuses a damaged index with an error that says so, without looping', () => {
    const packed = PackedMiniSearch.pack(restored);
    expect(() => PackedMiniSearch.unpack({ ...packed, postings: packed.postings.slice(0, -7) }, options)).toThrow(/packed index/);
    expect(() => PackedMiniSearch.unpack({ ...packed, labels: packed.labels.slice(0, 100) }, options)).toThrow(/packed index/);
    expect(() => PackedMiniSearch.unpack({ ...packed, nodes: packed.nodes + '5' }, options)).toThrow(/packed index/);
    expect(() => PackedMiniSearch.unpack({ ...packed, postings: '\uffff'.repeat(20) }, options)).toThrow(/packed index/);
  });

  it('refuses at build time a number that its encoding cannot hold', () => {
    const big = new MiniSearch<IndexDoc>(options);
    big.add({ id: 'i:x', head: 'woord '.repeat(60_000), summary: '', body: '' });
    expect(() => PackedMiniSearch.pack(big)).toThrow(/does not fit/);
  });
});
