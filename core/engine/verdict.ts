/**
 * The verdict over a whole text: given everything detection found for an
 * item (the grade, the kinds of evidence, how much the best sentences read
 * like it, whether its words were only mentioned), would a careful reader
 * find the item in this text at all? A logistic regression over those
 * findings, learnt by `npm run learn` from the labelled real drafts, each
 * draft read with a sentence reading that never saw it (what the engine
 * sees on new text).
 *
 * It only takes away (checklist.ts `readVerdict`): a "deels" from cue words
 * in a draft that nowhere reads like the item, where readers of drafts like
 * it called the item absent. Left out, letting it also add items gained
 * almost as many false claims as right ones. It speaks for whole drafts
 * only (the labelled ones have 43 to 81 sentences): in a passage of three
 * sentences, no sentence reading like an item says little.
 *
 * Features are plain strings, so the learnt weights can be read: a grade
 * ("status=partial"), a band of the best sentence's probability
 * ("best=3"), each also per item ("visie|best=3"); and how near the
 * evidence names the subject (topic.ts `ground`), for the items of a
 * policy's cycle apart ("cycle|ground=title": a budget under a title about
 * equal treatment, no word of it in its sentence or paragraph). Left out
 * (41 batches), that pair took claims of items both readers call absent
 * from 107 to 98 and draft items from 0.864 to 0.865; statuses as labelled
 * fell from 0.567 to 0.563. One feature per item instead: 0.866, 101 claims.
 * And whether the title names another subject (topic.ts `elsewhere`), for
 * all items and per item: a referral to the ADV "dat meldingen registreert"
 * in a nota on renting out halls is no arrangement of its legal tasks
 * (0.865 → 0.866, claims 99 → 97, false "gedekt" 2.2 → 2.0 %).
 */
import type { LearnedChecklist } from '../schema';
import type { Detection } from './checklist';
import type { Doc } from './document';
import { sentenceScore, sigmoid } from './learned';
import { saysPlainly } from './structure';
import { GROUND, type TopicReading } from './topic';

const GROUND_NAMES = Object.fromEntries(Object.entries(GROUND).map(([name, n]) => [n, name])) as Record<number, string>;

export interface CompiledVerdict {
  bias: number;
  weights: Map<string, number>;
}

export const compileVerdict = (verdict: NonNullable<LearnedChecklist['verdict']>): CompiledVerdict => ({
  bias: verdict.bias,
  weights: new Map(Object.entries(verdict.weights)),
});

/** Bands of a sentence's probability of carrying the item: 0 below the first bound, 5 from the last. */
const BANDS = [0.15, 0.4, 0.6, 0.8, 0.95];
const band = (p: number) => {
  const i = BANDS.findIndex((bound) => p < bound);
  return i < 0 ? BANDS.length : i;
};
const capped = (n: number) => Math.min(3, n);

/**
 * What detection found for one item, as features. `row` is the item's
 * learned reading of every sentence (learned.ts `learnedScores`). A sentence
 * that states (not negated, hedged, asked, nor a heading) weighs apart from
 * the best of all.
 */
export function verdictFeatures(
  doc: Doc,
  d: Detection,
  row: Float64Array,
  { ground, elsewhere }: Pick<TopicReading, 'ground' | 'elsewhere'>,
): string[] {
  let best = 0;
  let bestStating = 0;
  let strong = 0;
  for (let s = 0; s < row.length; s++) {
    const p = sentenceScore(row, s);
    best = Math.max(best, p);
    if (!saysPlainly(doc.structure, s)) continue;
    bestStating = Math.max(bestStating, p);
    if (p >= 0.5) strong++;
  }
  const id = d.compiled.item.id;
  const kinds = new Set(d.found.map((f) => `found=${f.kind}:${f.strength}`));
  // How near the evidence names the subject: a budget in a sentence or paragraph about discrimination, or only under a title that does.
  let nearest: number = GROUND.none;
  for (const f of d.found) if (ground[f.sentence] && (!nearest || ground[f.sentence] < nearest)) nearest = ground[f.sentence];
  const near = GROUND_NAMES[nearest];
  return [
    `status=${d.status}`,
    `${id}|status=${d.status}`,
    `best=${band(bestStating)}`,
    `${id}|best=${band(bestStating)}`,
    `any=${band(best)}`,
    `strong=${capped(strong)}`,
    `mentioned=${d.mentioned ? 1 : 0}`,
    `topic=${capped(d.topicHits.length)}`,
    ...kinds,
    `firm=${d.found.some((f) => f.firm) ? 1 : 0}`,
    `ground=${near}`,
    `${d.compiled.cycle ? 'cycle' : 'other'}|ground=${near}`,
    `elsewhere=${elsewhere ? 1 : 0}`,
    `${id}|elsewhere=${elsewhere ? 1 : 0}`,
  ];
}

/** The probability that a reader finds the item, from its features. */
export function verdictProbability(model: CompiledVerdict, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return sigmoid(z);
}
