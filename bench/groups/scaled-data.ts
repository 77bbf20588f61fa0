/** Synthetic interventions from the real vocabulary, with a fixed seed (bench/groups/scaled.ts). */
import { validateFiles } from '@@/core/kb/validate';
import type { Intervention } from '@@/core/schema';
import { DOMAINS, GROUNDS, TYPES } from '@@/core/taxonomy';
import { readSourceFiles } from '@@/scripts/kb-files';
import { prng } from '@@/scripts/lib/prng';

const { records } = validateFiles(readSourceFiles());
const vocabulary = [
  ...new Set(records.interventions.flatMap((r) => `${r.title} ${r.summary} ${r.description} ${r.keywords.join(' ')}`.split(/\s+/))),
].filter((w) => /^[\p{L}-]{2,}$/u.test(w));
const keywordPool = [...new Set(records.interventions.flatMap((r) => r.keywords))];

export function synthetic(n: number, seed: number): Intervention[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const words = (k: number) => Array.from({ length: k }, () => pick(vocabulary)).join(' ');
  const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(xs)))];
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetisch-${i}`,
    title: words(3 + Math.floor(rnd() * 5)),
    summary: words(25),
    description: words(90 + Math.floor(rnd() * 60)),
    domains: some(DOMAINS, 3),
    grounds: some(GROUNDS, 3),
    types: some(TYPES, 2),
    roles: [],
    targetGroups: [words(3)],
    municipalities: [],
    whatWorks: [],
    evidence: 'Geen effectonderzoek bekend.',
    keywords: some(keywordPool, 15),
    sources: [{ title: 'Synthetisch', url: 'https://example.org/' }],
  }));
}
