/** Engine speed on the shipped knowledge base: load, match, check. */
import { loadEngine } from '@@/core/engine';
import { ROOT } from '@@/scripts/kb-files';
import { emit, time } from '../lib';
import { draft, passage, snapshotText } from '../texts';

const json = snapshotText(ROOT);
const p1k = passage(1000);
// What the worker does at start-up: the index without the records (those come as a string apart, parsed on first use).
const { kb, ...index } = JSON.parse(json) as { kb: string };
const indexJson = JSON.stringify({ ...index, kb: '' });
const load = time(() => loadEngine(indexJson, kb), { runs: 40, fresh: true });
// The whole snapshot, as the extension's private mode loads it.
const loadAll = time(() => loadEngine(json), { runs: 40, fresh: true });
// The first match after start-up also parses the records and compiles the cues (the worker does this at start-up).
const first = time(() => loadEngine(indexJson, kb).match(p1k), { runs: 20, fresh: true });
const engine = loadEngine(json);

const p10k = passage(10_000);
const d5k = draft(5000);
const d100k = draft(100_000);

const m1 = time(() => engine.match(p1k), { runs: 200 });
const m10 = time(() => engine.match(p10k), { runs: 60 });
const c5 = time(() => engine.check(d5k), { runs: 60 });
const c100 = time(() => engine.check(d100k), { runs: 10, warmup: 2 });
const s = time(() => engine.search('stagediscr'), { runs: 200 });
// A hostile input: one 10,000-character word.
const w10 = time(() => engine.match('discriminatie'.repeat(800).slice(0, 10_000)), { runs: 30 });

emit({
  'load.snapshot.ms': load.median,
  'load.snapshot.p95_ms': load.p95,
  'load.snapshot_with_records.ms': loadAll.median,
  'load_and_first_match.ms': first.median,
  'match.1000chars.ms': m1.median,
  'match.1000chars.p95_ms': m1.p95,
  'match.10000chars.ms': m10.median,
  'match.10000chars.p95_ms': m10.p95,
  'match.one_10000char_word.ms': w10.median,
  'check.5000words.ms': c5.median,
  'check.5000words.p95_ms': c5.p95,
  'check.100000words.ms': c100.median,
  'search.prefix.ms': s.median,
});
