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
  l2: number;
  epochs: number;
  /** Positives are rare (a few per draft): each counts as (negatives / positives × this), at least 1. */
  positiveWeight: number;
}

export const FTRL_DEFAULTS: FtrlSettings = { alpha: 0.5, beta: 1, l1: 4, l2: 0.01, epochs: 30, positiveWeight: 0.3 };

/** The bias is a feature every row has. */
export const BIAS = '#bias';

/** Trains one item's model: feature → weight, zero weights left out. */
export function trainLogistic(rows: readonly Row[], settings: FtrlSettings = FTRL_DEFAULTS): Map<string, number> {
  const { alpha, beta, l1, l2, epochs } = settings;
  const z = new Map<string, number>();
  const n = new Map<string, number>();
  const weightOf = (f: string) => {
    const zi = z.get(f) ?? 0;
    if (Math.abs(zi) <= l1) return 0;
    return -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(n.get(f) ?? 0)) / alpha + l2);
  };
  const positives = rows.filter((r) => r.label === 1).length;
  const boost = Math.max(1, ((rows.length - positives) / Math.max(1, positives)) * settings.positiveWeight);
  const features: string[] = [];
  const weights: number[] = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const row of rows) {
      features.length = 0;
      weights.length = 0;
      let sum = 0;
      for (const f of [BIAS, ...row.features]) {
        const w = weightOf(f);
        features.push(f);
        weights.push(w);
        sum += w;
      }
      const p = 1 / (1 + Math.exp(-sum));
      const g = (p - row.label) * (row.label ? boost : 1);
      for (let k = 0; k < features.length; k++) {
        const f = features[k];
        const ni = n.get(f) ?? 0;
        const sigma = (Math.sqrt(ni + g * g) - Math.sqrt(ni)) / alpha;
        z.set(f, (z.get(f) ?? 0) + g - sigma * weights[k]);
        n.set(f, ni + g * g);
      }
    }
  }
  const out = new Map<string, number>();
  for (const f of z.keys()) {
    const w = weightOf(f);
    if (w !== 0) out.set(f, w);
  }
  return out;
}
