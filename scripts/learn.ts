/**
 * `npm run learn`: learns from the tune part of tests/eval/real and writes
 * data/learned/:
 *   checklist.json  the learned reading of the checklist (core/engine/learned.ts)
 *   passages.json   the labelled passages (core/engine/neighbours.ts)
 * Deterministic: the same labels give the same files. Run it after labels,
 * example sentences or do's and don'ts change (a test says when).
 *
 *   --cross   instead of writing, estimate honestly: for each batch, learn
 *             from the others and score that batch with and without what was
 *             learnt: its drafts (agreement with the labels, items claimed
 *             that every reader calls absent) and its passages (hit@3 of the
 *             do's and don'ts and of the checklist items)
 */
import { createHash } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../core/analysis/analyzer';
import { createEngine } from '../core/engine';
import { compileChecklist, detectChecklist } from '../core/engine/checklist';
import { prepare } from '../core/engine/document';
import { learnedScores } from '../core/engine/learned';
import { readTopic } from '../core/engine/topic';
import { verdictFeatures } from '../core/engine/verdict';
import { buildSnapshot, recordLexicon } from '../core/engine/snapshot';
import { NEIGHBOURS } from '../core/engine/weights';
import { formatProblem, validateFiles, type Records } from '../core/kb/validate';
import type { LabelledPassages, LearnedChecklist, PickModel } from '../core/schema';
import { loadDrafts, loadRealSet, scoreDrafts, scoreMatch } from './eval-lib';
import { ROOT, readSourceFiles } from './kb-files';
import { collectPassages, collectTrainingSet, type StoredPassage, type TrainingSentence } from './learn/collect';
import { FTRL_DEFAULTS, BIAS, trainLogistic, type FtrlSettings, type Row } from './learn/ftrl';

export const REAL_DIR = join(ROOT, 'tests', 'eval', 'real');
export const MODEL_PATH = join(ROOT, 'data', 'learned', 'checklist.json');
export const PASSAGES_PATH = join(ROOT, 'data', 'learned', 'passages.json');

/** Weights below this do not change a verdict; leaving them out keeps the file small. */
const MIN_WEIGHT = 0.005;
/** Weights to three decimals (two for the lists' models: the third changes no ranking left out, and costs 14 KB gzipped). */
const round = (w: number, scale: number) => Math.round(w * scale) / scale;

/**
 * One logistic model per item, each trained on its own rows, packed as the
 * engine reads them: a bias per item, and per term the pairs [item index,
 * weight, …] (terms in order, weights too small to matter left out).
 */
function trainPacked(count: number, rowsOf: (item: number) => Row[], settings: FtrlSettings, scale: number) {
  const bias: number[] = [];
  const weights: Record<string, number[]> = {};
  for (let i = 0; i < count; i++) {
    const w = trainLogistic(rowsOf(i), settings);
    bias.push(round(w.get(BIAS) ?? 0, scale));
    for (const [f, v] of kept(w, scale)) (weights[f] ??= []).push(i, v);
  }
  return { bias, weights };
}

/** A trained model's feature weights as shipped: the bias apart, terms in order, rounded, those too small to matter left out. */
function kept(w: Map<string, number>, scale: number): [string, number][] {
  return [...w]
    .filter(([f, v]) => f !== BIAS && Math.abs(v) >= MIN_WEIGHT)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([f, v]) => [f, round(v, scale)]);
}

/** One model per checklist item: does a sentence carry it? */
export function trainModel(
  sentences: TrainingSentence[],
  itemIds: readonly LearnedChecklist['items'][number][],
): Pick<LearnedChecklist, 'items' | 'bias' | 'weights'> {
  const rowsOf = (i: number): Row[] =>
    sentences.flatMap((s) => (itemIds[i] in s.labels ? [{ features: s.features, label: s.labels[itemIds[i]] }] : []));
  return { items: [...itemIds], ...trainPacked(itemIds.length, rowsOf, FTRL_DEFAULTS, 1000) };
}

/** The verdict over a whole text: few features, many rows; a little L1 and few passes (left out, 33 batches: 0.843 → 0.860 of draft items). */
export const VERDICT_FTRL: FtrlSettings = { ...FTRL_DEFAULTS, l1: 6, epochs: 5, positiveWeight: 0 };

/** One draft item as the verdict learns it: what detection found, and whether the (first) reader found the item. */
export interface VerdictRow {
  batch: string;
  features: string[];
  label: 0 | 1;
}

/**
 * Per batch, what detection finds in its drafts, read with the sentence
 * model of the other batches (`modelWithout`): on its own drafts the full
 * model would read too well, and the verdict would learn to trust it.
 */
export function verdictRows(
  records: Records,
  analyzer: ReturnType<typeof createAnalyzer>,
  batches: readonly string[],
  modelWithout: (batch: string) => LearnedChecklist,
): VerdictRow[] {
  const rows: VerdictRow[] = [];
  for (const batch of batches)
    for (const { draft, id, features } of findings(records, analyzer, batch, modelWithout(batch)))
      if (id in draft.labels) rows.push({ batch, features, label: draft.labels[id] ? 1 : 0 });
  return rows;
}

/** What detection finds for each item of a batch's drafts, read with `model`, as the verdict's features. */
function* findings(records: Records, analyzer: ReturnType<typeof createAnalyzer>, batch: string, model: LearnedChecklist) {
  const list = compileChecklist(records.checklist, analyzer, model);
  for (const draft of loadDrafts(join(REAL_DIR, batch))) {
    const doc = prepare(draft.text, analyzer);
    const scores = learnedScores(doc, list.learned!);
    const found = detectChecklist(doc, list, { verdict: false });
    for (let i = 0; i < found.length; i++)
      yield { draft, id: found[i].compiled.item.id, features: verdictFeatures(doc, found[i], scores[i], readTopic(doc, analyzer)) };
  }
}

/**
 * A digest of what detection finds in the tune drafts, read with the shipped
 * sentence model. The verdict learnt from what detection found: when a
 * change to detection (its code or its cues) changes this, the verdict is
 * stale until `npm run learn` runs again (tests/unit/learned.test.ts).
 */
export function findingsDigest(
  records: Records,
  analyzer: ReturnType<typeof createAnalyzer>,
  batches: readonly string[],
  model: LearnedChecklist,
): string {
  const hash = createHash('sha256');
  for (const batch of batches)
    for (const { draft, id, features } of findings(records, analyzer, batch, model))
      hash.update(`${draft.name} ${id} ${features.join(' ')}\n`);
  return hash.digest('hex');
}

/** The verdict's weights, to three decimals, features in order. */
export function trainVerdict(rows: readonly VerdictRow[]): NonNullable<LearnedChecklist['verdict']> {
  const w = trainLogistic(rows, VERDICT_FTRL);
  return { settings: { ...VERDICT_FTRL }, bias: round(w.get(BIAS) ?? 0, 1000), weights: Object.fromEntries(kept(w, 1000)) };
}

/** The lists' models: sparser than the checklist's reading (more L1, fewer passes) keeps the file small at no loss left out. */
export const PICKS_FTRL: FtrlSettings = { ...FTRL_DEFAULTS, l1: 8, epochs: 5 };

/** Per record of a list, whether readers pick it for a passage's terms, learnt from the passages that pick any of the list. */
export function trainPickModel(passages: LabelledPassages['passages'], list: 'interventions' | 'guidance' | 'checklist'): PickModel {
  const rows = passages.filter((p) => p[list].length);
  const items = [...new Set(rows.flatMap((p) => p[list]))].sort();
  const rowsOf = (i: number): Row[] => rows.map((p) => ({ features: p.terms, label: (p[list] as string[]).includes(items[i]) ? 1 : 0 }));
  return { settings: { ...PICKS_FTRL }, items, ...trainPacked(items.length, rowsOf, PICKS_FTRL, 100) };
}

/** The models of the lists that read one (weights.ts NEIGHBOURS.model). */
export function trainPickModels(passages: LabelledPassages['passages']): LabelledPassages['models'] {
  const models: LabelledPassages['models'] = {};
  for (const list of ['interventions', 'guidance', 'checklist'] as const)
    if (NEIGHBOURS.model[list]) models[list] = trainPickModel(passages, list);
  return models;
}

function readRecords(): Records {
  // The records only: a broken model file must not stop writing a new one.
  const { records, problems } = validateFiles(readSourceFiles());
  if (problems.length) throw new Error(`data/ has problems (npm run data:check):\n${problems.map(formatProblem).join('\n')}`);
  return records;
}

const NO_PROVENANCE = { about: '', trainedOn: { batches: [], drafts: 0, sentences: 0, quotes: 0, examples: 0, digest: '' }, settings: {} };

/** Per batch, the sentence model trained on the other batches (and the examples), each trained once. */
function sentenceModelsWithout(records: Records, sentences: TrainingSentence[], batches: readonly string[]) {
  const ids = records.checklist.map((c) => c.id);
  const models = new Map(
    batches.map((batch) => [
      batch,
      {
        ...NO_PROVENANCE,
        ...trainModel(
          sentences.filter((s) => s.batch !== batch),
          ids,
        ),
      },
    ]),
  );
  return (batch: string): LearnedChecklist => models.get(batch)!;
}

/** Leave one batch out: the figures to expect on text no one has tuned on. */
function crossValidate(
  records: Records,
  analyzer: ReturnType<typeof createAnalyzer>,
  sentences: TrainingSentence[],
  passages: StoredPassage[],
  batches: string[],
) {
  const modelWithout = sentenceModelsWithout(records, sentences, batches);
  const rows = verdictRows(records, analyzer, batches, modelWithout);
  const snapshot = buildSnapshot({ version: 'cross', ...records });
  const kb = JSON.parse(snapshot.kb);
  const engineWith = (learned?: LearnedChecklist, stored?: LabelledPassages) =>
    createEngine({ ...snapshot, kb: JSON.stringify({ ...kb, learned, passages: stored }) });
  const without = engineWith();
  const cases = loadRealSet(REAL_DIR, 'tune');
  const sum = {
    with: 0,
    without: 0,
    items: 0,
    claimedWith: 0,
    claimedWithout: 0,
    coveredWith: 0,
    coveredWithout: 0,
    absent: 0,
    statusWith: 0,
    statusWithout: 0,
    statusTotal: 0,
  };
  const lists = {
    interventions: { with: 0, without: 0, cases: 0 },
    guidance: { with: 0, without: 0, cases: 0 },
    checklist: { with: 0, without: 0, cases: 0 },
    mixed: { with: 0, without: 0, cases: 0 },
  };
  const pct = (x: number) => x.toFixed(3);
  for (const batch of batches) {
    // The verdict learns from the other batches' drafts, each read by a sentence model that never saw it.
    const learned = { ...modelWithout(batch), verdict: trainVerdict(rows.filter((r) => r.batch !== batch)) };
    const kept = passages.filter((p) => p.batch !== batch).map((p) => p.passage);
    const stored = {
      about: '',
      trainedOn: { batches: [], passages: 0, digest: '' },
      passages: kept,
      models: trainPickModels(kept),
    };
    const engine = engineWith(learned, stored);
    const drafts = loadDrafts(join(REAL_DIR, batch), join(REAL_DIR, 'second-labeller', batch));
    const a = scoreDrafts(drafts, (t) => engine.check(t));
    const b = scoreDrafts(drafts, (t) => without.check(t));
    sum.with += a.agree;
    sum.without += b.agree;
    sum.items += a.total;
    sum.claimedWith += a.twice.claimedAbsent;
    sum.claimedWithout += b.twice.claimedAbsent;
    sum.coveredWith += a.falseCovered;
    sum.coveredWithout += b.falseCovered;
    sum.absent += a.absent;
    sum.statusWith += a.statusAgreement * a.statusTotal;
    sum.statusWithout += b.statusAgreement * b.statusTotal;
    sum.statusTotal += a.statusTotal;
    const own = cases.cases.filter((_, i) => cases.batchOf[i] === batch);
    const rank = (e: typeof engine) => (text: string) => {
      const m = e.match(text);
      return {
        interventions: m.interventions.map((x) => x.record),
        guidance: m.guidance.map((x) => x.record),
        checklist: m.checklist.map((x) => x.record),
      };
    };
    const m = scoreMatch(own, rank(engine));
    const n = scoreMatch(own, rank(without));
    for (const list of ['interventions', 'guidance', 'checklist', 'mixed'] as const) {
      lists[list].with += m[list].hits;
      lists[list].without += n[list].hits;
      lists[list].cases += m[list].cases;
    }
    console.log(
      `  ${batch.padEnd(18)} drafts ${String(a.total).padStart(4)} items: ${pct(b.score)} → ${pct(a.score)}, claims absent ${b.twice.claimedAbsent} → ${a.twice.claimedAbsent}; passages: interventions ${n.interventions.hits} → ${m.interventions.hits} of ${m.interventions.cases}, guidance ${n.guidance.hits} → ${m.guidance.hits} of ${m.guidance.cases}, checklist ${n.checklist.hits} → ${m.checklist.hits} of ${m.checklist.cases}`,
    );
  }
  const share = (l: { with: number; without: number; cases: number }) =>
    `${pct(l.without / l.cases)} → ${pct(l.with / l.cases)} (${l.cases})`;
  console.log(
    `  all: drafts ${pct(sum.without / sum.items)} → ${pct(sum.with / sum.items)} (${sum.items} items), claims absent ${sum.claimedWithout} → ${sum.claimedWith}, false positives (covered) ${pct(sum.coveredWithout / sum.absent)} → ${pct(sum.coveredWith / sum.absent)}, covered/partial as labelled ${pct(sum.statusWithout / sum.statusTotal)} → ${pct(sum.statusWith / sum.statusTotal)}; interventions hit@3 ${share(lists.interventions)}; guidance hit@3 ${share(lists.guidance)}; checklist hit@3 ${share(lists.checklist)}; mixed passages, both topics in the top 3: ${share(lists.mixed)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { cross: { type: 'boolean' } } });
  const records = readRecords();
  const analyzer = createAnalyzer(recordLexicon(records));
  const set = collectTrainingSet(REAL_DIR, records.checklist, analyzer);
  const stored = collectPassages(REAL_DIR, records, analyzer);
  for (const u of set.unplaced) console.warn(`learn: quote for ${u.item} not found in ${u.draft}: "${u.quote.slice(0, 80)}"`);
  console.log(
    `learn: ${set.drafts} drafts (${set.batches.length} batches), ${set.quotes} quotes, ${set.passages} passages, ${set.examples} example sentences → ${set.sentences.length} rows; ${stored.passages.length} passages with picks`,
  );
  if (values.cross) {
    crossValidate(records, analyzer, set.sentences, stored.passages, set.batches);
  } else {
    const model: LearnedChecklist = {
      about:
        "Generated by `npm run learn` (scripts/learn.ts) from the tune part of tests/eval/real (the drafts' quoted sentences and the highlighted passages) and the example sentences of data/checklist. Do not edit; run npm run learn. Read by core/engine/learned.ts.",
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
    model.verdict = {
      ...trainVerdict(verdictRows(records, analyzer, set.batches, sentenceModelsWithout(records, set.sentences, set.batches))),
      findings: findingsDigest(records, analyzer, set.batches, model),
    };
    mkdirSync(dirname(MODEL_PATH), { recursive: true });
    writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
    const pairs = Object.values(model.weights).reduce((n, a) => n + a.length / 2, 0);
    console.log(`learn: ${pairs} weights over ${Object.keys(model.weights).length} terms → ${MODEL_PATH}`);
    const passages: LabelledPassages = {
      about:
        "Generated by `npm run learn` (scripts/learn.ts): the highlighted passages of the tune part of tests/eval/real, as analysed terms, with the do's and don'ts and checklist items their labels pick; then each do or don't as a passage of its own words that picks it. Do not edit; run npm run learn. Read by core/engine/neighbours.ts.",
      trainedOn: { batches: stored.batches, passages: stored.passages.length, digest: stored.digest },
      passages: stored.passages.map((p) => p.passage),
      models: trainPickModels(stored.passages.map((p) => p.passage)),
    };
    writeFileSync(PASSAGES_PATH, JSON.stringify(passages) + '\n');
    const models = Object.entries(passages.models).map(
      ([list, m]) => `${list} (${m.items.length} records, ${Object.values(m.weights).reduce((n, a) => n + a.length / 2, 0)} weights)`,
    );
    console.log(`learn: ${passages.passages.length} labelled passages, models for ${models.join(', ')} → ${PASSAGES_PATH}`);
  }
}
