/**
 * `npm run learn`: trains the learned reading of the checklist
 * (core/engine/learned.ts) on the tune part of tests/eval/real and writes
 * data/learned/checklist.json. Deterministic: the same labels give the same
 * file. Run it after labels or example sentences change (a test says when).
 *
 *   --cross   instead of writing, estimate honestly: for each batch, train on
 *             the others and check that batch's drafts with and without the
 *             learned reading (agreement with the labels, items claimed that
 *             every reader calls absent)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../core/analysis/analyzer';
import { createEngine } from '../core/engine';
import { buildSnapshot, recordLexicon } from '../core/engine/snapshot';
import { formatProblem, validateFiles, type Records } from '../core/kb/validate';
import type { LearnedChecklist } from '../core/schema';
import { loadDrafts, scoreDrafts } from './eval-lib';
import { ROOT, readSourceFiles } from './kb-files';
import { collectTrainingSet, type TrainingSentence } from './learn/collect';
import { FTRL_DEFAULTS, BIAS, trainLogistic, type Row } from './learn/ftrl';

export const REAL_DIR = join(ROOT, 'tests', 'eval', 'real');
export const MODEL_PATH = join(ROOT, 'data', 'learned', 'checklist.json');

/** Weights below this do not change a verdict; leaving them out keeps the file small. */
const MIN_WEIGHT = 0.005;
const round = (w: number) => Math.round(w * 1000) / 1000;

/** One model per checklist item, packed as the engine reads it. */
export function trainModel(
  sentences: TrainingSentence[],
  itemIds: readonly LearnedChecklist['items'][number][],
): Pick<LearnedChecklist, 'items' | 'bias' | 'weights'> {
  const bias: number[] = [];
  const weights: Record<string, number[]> = {};
  itemIds.forEach((id, i) => {
    const rows: Row[] = sentences.flatMap((s) => (id in s.labels ? [{ features: s.features, label: s.labels[id] }] : []));
    const w = trainLogistic(rows);
    bias.push(round(w.get(BIAS) ?? 0));
    for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (f === BIAS || Math.abs(v) < MIN_WEIGHT) continue;
      (weights[f] ??= []).push(i, round(v));
    }
  });
  return { items: [...itemIds], bias, weights };
}

function readRecords(): Records {
  // The records only: a broken model file must not stop writing a new one.
  const { records, problems } = validateFiles(readSourceFiles());
  if (problems.length) throw new Error(`data/ has problems (npm run data:check):\n${problems.map(formatProblem).join('\n')}`);
  return records;
}

/** Leave one batch out: the figure to expect on drafts no one has tuned on. */
function crossValidate(records: Records, sentences: TrainingSentence[], batches: string[]) {
  const ids = records.checklist.map((c) => c.id);
  const snapshot = buildSnapshot({ version: 'cross', ...records });
  const without = createEngine({ ...snapshot, kb: JSON.stringify({ ...JSON.parse(snapshot.kb), learned: undefined }) });
  const total = { with: 0, without: 0, items: 0, claimedWith: 0, claimedWithout: 0 };
  const pct = (x: number) => x.toFixed(3);
  for (const batch of batches) {
    const model = { about: '', trainedOn: { batches: [], drafts: 0, sentences: 0, quotes: 0, examples: 0, digest: '' }, settings: {} };
    const learned = {
      ...model,
      ...trainModel(
        sentences.filter((s) => s.batch !== batch),
        ids,
      ),
    };
    const engine = createEngine({ ...snapshot, kb: JSON.stringify({ ...JSON.parse(snapshot.kb), learned }) });
    const drafts = loadDrafts(join(REAL_DIR, batch), join(REAL_DIR, 'second-labeller', batch));
    const a = scoreDrafts(drafts, (t) => engine.check(t));
    const b = scoreDrafts(drafts, (t) => without.check(t));
    total.with += a.agree;
    total.without += b.agree;
    total.items += a.total;
    total.claimedWith += a.twice.claimedAbsent;
    total.claimedWithout += b.twice.claimedAbsent;
    console.log(
      `  ${batch.padEnd(22)} ${String(a.total).padStart(4)} items: with ${pct(a.score)} without ${pct(b.score)}; claims absent ${a.twice.claimedAbsent} vs ${b.twice.claimedAbsent}`,
    );
  }
  console.log(
    `  all ${total.items} items: with ${pct(total.with / total.items)} without ${pct(total.without / total.items)}; claims absent ${total.claimedWith} vs ${total.claimedWithout}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { cross: { type: 'boolean' } } });
  const records = readRecords();
  const analyzer = createAnalyzer(recordLexicon(records));
  const set = collectTrainingSet(REAL_DIR, records.checklist, analyzer);
  for (const u of set.unplaced) console.warn(`learn: quote for ${u.item} not found in ${u.draft}: "${u.quote.slice(0, 80)}"`);
  console.log(
    `learn: ${set.drafts} drafts (${set.batches.length} batches), ${set.quotes} quotes, ${set.examples} example sentences → ${set.sentences.length} sentences`,
  );
  if (values.cross) {
    crossValidate(records, set.sentences, set.batches);
  } else {
    const model: LearnedChecklist = {
      about:
        'Generated by `npm run learn` (scripts/learn.ts) from the tune part of tests/eval/real and the example sentences of data/checklist. Do not edit; run npm run learn. Read by core/engine/learned.ts.',
      trainedOn: {
        batches: set.batches,
        drafts: set.drafts,
        sentences: set.sentences.length,
        quotes: set.quotes,
        examples: set.examples,
        digest: set.digest,
      },
      settings: { ...FTRL_DEFAULTS },
      ...trainModel(
        set.sentences,
        records.checklist.map((c) => c.id),
      ),
    };
    mkdirSync(dirname(MODEL_PATH), { recursive: true });
    writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
    const pairs = Object.values(model.weights).reduce((n, a) => n + a.length / 2, 0);
    console.log(`learn: ${pairs} weights over ${Object.keys(model.weights).length} terms → ${MODEL_PATH}`);
  }
}
