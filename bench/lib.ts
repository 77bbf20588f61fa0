/** Timing helpers for the benchmarks: warm-up, repeated runs, medians and p95. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Collects garbage before a timed run (node --expose-gc), so a run does not pay for the previous one's garbage. */
const collect = (globalThis as { gc?: () => void }).gc;

export function time(
  fn: () => unknown,
  { warmup = 5, runs = 30, minMs = 300, fresh = false }: { warmup?: number; runs?: number; minMs?: number; fresh?: boolean } = {},
): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < runs || (performance.now() - start < minMs && samples.length < runs * 20)) {
    if (fresh) collect?.();
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: samples.length };
}

export const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Each group prints one JSON line of results on stdout for the runner. */
export const emit = (results: Record<string, number>) => console.log(JSON.stringify(results));
