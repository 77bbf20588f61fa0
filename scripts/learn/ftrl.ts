/**
 * Logistic regression trained by FTRL-Proximal (McMahan et al., "Ad Click
 * Prediction: a View from the Trenches", 2013): per-feature learning rates,
 * and an L1 term that sets most weights to exactly zero, so the model ships
 * small. Deterministic: rows in the order given, no randomness.
 */
export interface Row {
  features: readonly string[];
  /** 1: the sentence carries the item; 0: it does not. */
  label: 0 | 1;
}

export interface FtrlSettings {
  /** Learning rate scale. */
  alpha: number;
  beta: number;
  l1: number;
  /**
   * The L1 term for a pair of neighbouring words (a feature with a space,
   * learned.ts `wordPairs`), when it differs: pairs are many, and common ones
   * ("onze gemeente", "van discriminatie") would otherwise take weight from
   * the words that carry the item. Left out (39 batches), pairs at 8 against
   * 4: covered-or-partial as labelled 0.570 → 0.575, a model of 32,607
   * weights instead of 42,524, draft items alike (0.864).
   */
  l1Pairs?: number;
  l2: number;
  epochs: number;
  /** Positives are rare (a few per draft): each counts as (negatives / positives × this), at least 1. */
  positiveWeight: number;
}

export const FTRL_DEFAULTS: FtrlSettings = { alpha: 0.5, beta: 1, l1: 4, l1Pairs: 8, l2: 0.01, epochs: 30, positiveWeight: 0.3 };

/** The bias is a feature every row has. */
export const BIAS = '#bias';

/**
 * Trains one item's model: feature → weight, zero weights left out. Features
 * are numbered once and the state kept in typed arrays: the same arithmetic in
 * the same order as per-name maps, several times faster (learning the do's and
 * don'ts trains a model per record, per batch left out).
 */
export function trainLogistic(rows: readonly Row[], settings: FtrlSettings = FTRL_DEFAULTS): Map<string, number> {
  const { alpha, beta, l1, l2, epochs } = settings;
  const number = new Map<string, number>([[BIAS, 0]]);
  const encoded = rows.map((row) => {
    const ids = new Int32Array(row.features.length + 1);
    row.features.forEach((f, k) => {
      let id = number.get(f);
      if (id === undefined) number.set(f, (id = number.size));
      ids[k + 1] = id;
    });
    return ids;
  });
  const z = new Float64Array(number.size);
  const n = new Float64Array(number.size);
  const l1Of = new Float64Array(number.size).fill(l1);
  if (settings.l1Pairs !== undefined) for (const [f, i] of number) if (f.includes(' ')) l1Of[i] = settings.l1Pairs;
  const weightOf = (i: number) => {
    const zi = z[i];
    const l = l1Of[i];
    if (Math.abs(zi) <= l) return 0;
    return -(zi - Math.sign(zi) * l) / ((beta + Math.sqrt(n[i])) / alpha + l2);
  };
  const positives = rows.filter((r) => r.label === 1).length;
  const boost = Math.max(1, ((rows.length - positives) / Math.max(1, positives)) * settings.positiveWeight);
  const weights = new Float64Array(Math.max(1, ...encoded.map((ids) => ids.length)));
  for (let epoch = 0; epoch < epochs; epoch++) {
    rows.forEach((row, r) => {
      const ids = encoded[r];
      let sum = 0;
      for (let k = 0; k < ids.length; k++) sum += weights[k] = weightOf(ids[k]);
      const p = 1 / (1 + Math.exp(-sum));
      const g = (p - row.label) * (row.label ? boost : 1);
      for (let k = 0; k < ids.length; k++) {
        const i = ids[k];
        const sigma = (Math.sqrt(n[i] + g * g) - Math.sqrt(n[i])) / alpha;
        z[i] += g - sigma * weights[k];
        n[i] += g * g;
      }
    });
  }
  const out = new Map<string, number>();
  for (const [f, i] of number) {
    const w = weightOf(i);
    if (w !== 0) out.set(f, w);
  }
  return out;
}
