/**
 * Engine speed on the shipped knowledge base: load, match, check.
 *
 * Match and check figures are taken warm, after WARMUP runs (as the
 * worker-cpu group does): a user's engine has read a few passages before,
 * and the first few hundred runs in a fresh process pay for V8 tiering up
 * the code. The first runs, in a process that has matched nothing yet but
 * the start-up call, are reported apart (`*.cold_ms`).
 */
import { loadEngine } from '@@/core/engine';
import { ROOT } from '@@/scripts/kb-files';
import { emit, time } from '../lib';
import { draft, passage, snapshotText } from '../texts';

const json = snapshotText(ROOT);
const p1k = passage(1000);
const d5k = draft(5000);

/** Runs before each warm figure: by then V8 has tiered the code up (BENCHMARKS.md, Round 7). */
const WARMUP = 300;

// Cold first, before anything else has run the engine's code: a fresh engine after the worker's start-up call.
const fresh = loadEngine(json);
fresh.match('Wegwijzer start: begroting en raad.');
const coldMatch = time(() => fresh.match(p1k), { runs: 40, warmup: 0, minMs: 0 });
const coldCheck = time(() => fresh.check(d5k), { runs: 10, warmup: 0, minMs: 0 });
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
const d100k = draft(100_000);

const m1 = time(() => engine.match(p1k), { runs: 200, warmup: WARMUP });
const m10 = time(() => engine.match(p10k), { runs: 60, warmup: WARMUP });
const c5 = time(() => engine.check(d5k), { runs: 60, warmup: WARMUP });
// A 100,000-word check takes a third of a second: by now the code it runs is warm from the 5,000-word ones.
const c100 = time(() => engine.check(d100k), { runs: 10, warmup: 2 });
const s = time(() => engine.search('stagediscr'), { runs: 200, warmup: WARMUP });
// A hostile input: one 10,000-character word.
const w10 = time(() => engine.match('discriminatie'.repeat(800).slice(0, 10_000)), { runs: 30, warmup: WARMUP });

emit({
  'load.snapshot.ms': load.median,
  'load.snapshot.p95_ms': load.p95,
  'load.snapshot_with_records.ms': loadAll.median,
  'load_and_first_match.ms': first.median,
  'match.1000chars.ms': m1.median,
  'match.1000chars.p95_ms': m1.p95,
  'match.1000chars.cold_ms': coldMatch.median,
  'match.10000chars.ms': m10.median,
  'match.10000chars.p95_ms': m10.p95,
  'match.one_10000char_word.ms': w10.median,
  'check.5000words.ms': c5.median,
  'check.5000words.p95_ms': c5.p95,
  'check.5000words.cold_ms': coldCheck.median,
  'check.100000words.ms': c100.median,
  'search.prefix.ms': s.median,
});
