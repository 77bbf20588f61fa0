/**
 * Scaling: 1,000 and 10,000 synthetic interventions, generated from the real
 * vocabulary with a fixed seed, with the real guidance and checklist. Measures
 * snapshot load and match of a 1,000-character passage.
 */
import { validateFiles } from '@@/core/kb/validate';
import { loadEngine } from '@@/core/engine';
import { buildSnapshot } from '@@/core/engine/snapshot';
import { readSourceFiles } from '@@/scripts/kb-files';
import { emit, time } from '../lib';
import { passage } from '../texts';
import { synthetic } from './scaled-data';

const { records } = validateFiles(readSourceFiles());
const p1k = passage(1000);
const out: Record<string, number> = {};
for (const n of [1000, 10_000]) {
  // The real records of every kind, with the interventions replaced by synthetic ones.
  const snapshot = buildSnapshot({ ...records, version: `synthetic-${n}`, interventions: synthetic(n, 20261128) });
  const json = JSON.stringify(snapshot);
  const load = time(() => loadEngine(json), { runs: n > 5000 ? 7 : 15, warmup: 2, minMs: 0, fresh: true });
  const engine = loadEngine(json);
  const match = time(() => engine.match(p1k), { runs: 60 });
  out[`scaled.${n}.load.ms`] = load.median;
  out[`scaled.${n}.match.ms`] = match.median;
  out[`scaled.${n}.match.p95_ms`] = match.p95;
  out[`scaled.${n}.snapshot_bytes`] = Buffer.byteLength(json);
}
emit(out);
