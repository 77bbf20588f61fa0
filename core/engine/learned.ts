/**
 * The learned reading of the checklist: per item, a linear model over a
 * sentence's terms (logistic regression, trained by `npm run learn` on the
 * sentences careful readers quoted as evidence in the labelled real drafts,
 * and on the items' example sentences). It knows wordings no cue lists:
 * "omarmt", "staat voor", "zet zich in voor" for a stated vision.
 *
 * It does not decide alone. Detection (checklist.ts) asks it two things:
 * does any sentence of the text read like this item at all (a partial verdict
 * from generic cue words needs that), and is there a sentence that reads so
 * clearly like the item that it counts as partial evidence by itself.
 *
 * Features are the analyser's terms (stems, compound parts, synonyms), the
 * same for training and for reading, pairs of neighbouring words, and three
 * marks of how a sentence says it: negated, hedged, a heading.
 */
import type { LearnedChecklist, PickModel } from '../schema';
import type { Doc } from './document';

export const NEGATED = '#neg';
export const HEDGED = '#hedge';
export const HEADING = '#heading';

/**
 * Every sentence's features, each once: the text's terms as its postings hold
 * them (stems, compound parts, synonyms, and the word a name stands for: "RADAR"
 * reads as "adv", as it does for the cues), and the marks.
 */
export function sentenceFeatures(doc: Doc): string[][] {
  const out = doc.sentences.map((): string[] => []);
  forEachTerm(doc, (term, s) => out[s].push(term));
  out.forEach((features, s) => features.push(...wordPairs(doc, s)));
  const { negated, hedged, headingLevel } = doc.structure;
  out.forEach((features, s) => {
    if (negated[s]) features.push(NEGATED);
    if (hedged[s]) features.push(HEDGED);
    if (headingLevel[s]) features.push(HEADING);
  });
  return out;
}

/**
 * Pairs of neighbouring words in a sentence, each once, as "stem stem"; a
 * stopword by its own form. A word alone cannot tell "stelt 40 woningen
 * beschikbaar" from "stelt budget beschikbaar", "terecht bij" from "belegd
 * bij", "staat voor" from "staat in". Left out (39 batches), with the
 * learned reading adding partial evidence from 0.9 (weights.ts
 * LEARNED.addPartial): draft items as labelled 0.858 → 0.864, claims of
 * items both readers call absent 131 → 105, false "gedekt" 2.7 → 2.4 %.
 * Pairs in the lists' models or in "passages like this one" cost the do's
 * and don'ts (0.825 → 0.812 / 0.824): not there.
 */
export function wordPairs(doc: Doc, sentence: number): ReadonlySet<string> {
  const { tokenStart, tokenEnd } = doc.sentences[sentence];
  const pairs = new Set<string>();
  let previous = '';
  for (let t = tokenStart; t < tokenEnd; t++) {
    const word = doc.tokens[t].stem || doc.tokens[t].folded;
    if (previous) pairs.add(`${previous} ${word}`);
    previous = word;
  }
  return pairs;
}

/** Each term of the text once per sentence it occurs in (stopwords aside), term by term. */
function forEachTerm(doc: Doc, visit: (term: string, sentence: number) => void) {
  for (const [term, positions] of doc.postings) {
    if (term.startsWith('=')) continue;
    let last = -1;
    for (const pos of positions) {
      const s = doc.sentenceOf[pos];
      if (s < 0 || s === last) continue;
      last = s;
      visit(term, s);
    }
  }
}

/** The model as the engine reads it: per term, the items it speaks for and with what weight. */
export interface CompiledLearned {
  /** Item index (in checklist order) → its bias. */
  bias: Float64Array;
  /** Term → flat pairs [item index, weight, item index, weight, …]. */
  weights: Map<string, number[]>;
}

/** Maps the model's items onto the given order (the checklist's, or a list's records); items the model does not know get no learned reading (NaN bias). */
export function compileLearned(
  model: Pick<LearnedChecklist | PickModel, 'items' | 'bias' | 'weights'>,
  itemIds: readonly string[],
): CompiledLearned {
  const position = model.items.map((id) => itemIds.indexOf(id));
  const bias = new Float64Array(itemIds.length).fill(NaN);
  model.items.forEach((_, i) => {
    if (position[i] >= 0) bias[position[i]] = model.bias[i];
  });
  const weights = new Map<string, number[]>();
  for (const [term, flat] of Object.entries(model.weights)) {
    const mapped: number[] = [];
    for (let k = 0; k < flat.length; k += 2) if (position[flat[k]] >= 0) mapped.push(position[flat[k]], flat[k + 1]);
    if (mapped.length) weights.set(term, mapped);
  }
  return { bias, weights };
}

/** A logit as a probability: the learned reading's, the lists' models' and the verdict's. */
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Per item, per sentence: the model's logit that the sentence carries the item. Items without a learned reading get an empty row. */
export type LearnedScores = Float64Array[];

/**
 * Scores every sentence for every item (detection asks once per text): one pass over the
 * text's distinct terms, each feature counted once per sentence (as in
 * training), logits only (the probability of the best sentence is all
 * detection needs).
 */
export function learnedScores(doc: Doc, model: CompiledLearned): LearnedScores {
  const n = doc.sentences.length;
  const items = model.bias.length;
  const z = new Float64Array(items * n);
  for (let i = 0; i < items; i++) z.fill(model.bias[i], i * n, (i + 1) * n);
  // forEachTerm's walk, written out: a closure per text would be wrapped by bundlers that keep names, and not inlined.
  for (const [term, positions] of doc.postings) {
    if (term.startsWith('=')) continue;
    const flat = model.weights.get(term);
    if (!flat) continue;
    let last = -1;
    for (const pos of positions) {
      const s = doc.sentenceOf[pos];
      if (s < 0 || s === last) continue;
      last = s;
      addWeights(z, n, flat, s);
    }
  }
  const { negated, hedged, headingLevel } = doc.structure;
  const [neg, hedge, heading] = [NEGATED, HEDGED, HEADING].map((mark) => model.weights.get(mark));
  for (let s = 0; s < n; s++) {
    for (const pair of wordPairs(doc, s)) {
      const flat = model.weights.get(pair);
      if (flat) addWeights(z, n, flat, s);
    }
    if (negated[s] && neg) addWeights(z, n, neg, s);
    if (hedged[s] && hedge) addWeights(z, n, hedge, s);
    if (headingLevel[s] && heading) addWeights(z, n, heading, s);
  }
  return Array.from(model.bias, (b, i) => (Number.isNaN(b) ? new Float64Array(0) : z.subarray(i * n, (i + 1) * n)));
}

/** Adds a feature's weights (flat pairs) to sentence `s` of every item it speaks for. */
function addWeights(z: Float64Array, n: number, flat: readonly number[], s: number) {
  for (let k = 0; k < flat.length; k += 2) z[flat[k] * n + s] += flat[k + 1];
}

/** The sentence that reads most like the item, and how much (a probability); -1 and 0 when the item has no learned reading or no sentence counts. */
export function bestSentence(row: Float64Array, counts: (s: number) => boolean = () => true): { sentence: number; score: number } {
  let sentence = -1;
  for (let s = 0; s < row.length; s++) if ((sentence < 0 || row[s] > row[sentence]) && counts(s)) sentence = s;
  return { sentence, score: sentence < 0 ? 0 : sentenceScore(row, sentence) };
}

/** How much one sentence reads like the item, 0–1. */
export const sentenceScore = (row: Float64Array, sentence: number) => sigmoid(row[sentence]);

/** The words of a sentence that speak most for the item, as written: why the learned reading counts it. */
export function tellingWords(doc: Doc, sentence: number, item: number, model: CompiledLearned, max = 3): string[] {
  const s = doc.sentences[sentence];
  const byWord: { word: string; weight: number }[] = [];
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = doc.tokens[t];
    if (!tok.stem) continue;
    let weight = 0;
    for (const term of new Set([tok.stem, ...tok.parts, ...tok.synonyms])) {
      const flat = model.weights.get(term);
      if (flat) for (let k = 0; k < flat.length; k += 2) if (flat[k] === item) weight += flat[k + 1];
    }
    const word = doc.text.slice(tok.start, tok.end);
    if (weight > 0 && !byWord.some((w) => w.word.toLowerCase() === word.toLowerCase())) byWord.push({ word, weight });
  }
  return byWord
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max)
    .map((w) => w.word);
}
