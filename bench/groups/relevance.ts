/**
 * Relevance on ../shared/eval (the `npm run eval` scores) and the same dev
 * passages through two off-the-shelf baselines over the same interventions:
 * MiniSearch with default options (no Dutch analysis, no signals) and lunr
 * with the Dutch pipeline of lunr-languages. hit@3 on the interventions list,
 * and the median time per query.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { loadEngine } from '@@/core/engine';
import type { Intervention } from '@@/core/schema';
import { ROOT } from '@@/scripts/kb-files';
import { loadCases, loadDrafts, loadRealSet, scoreDrafts, scoreMatch } from '@@/scripts/eval-lib';
import { emit, round, time } from '../lib';
import { snapshotText } from '../texts';

const require = createRequire(import.meta.url);
const engine = loadEngine(snapshotText(ROOT));
const { interventions: records, guidance, checklist } = engine.kb;
const byId = new Map<string, unknown>([
  ...records.map((r) => [`i:${r.id}`, r] as const),
  ...guidance.map((r) => [`g:${r.id}`, r] as const),
  ...checklist.map((r) => [`c:${r.id}`, r] as const),
]);
const cases = loadCases();
/** The same records for every engine: all their text, one document each. */
const FIELDS = ['title', 'summary', 'description', 'keywords'];
const docs = [
  ...records.map((r: Intervention) => ({
    id: `i:${r.id}`,
    title: r.title,
    summary: r.summary,
    description: r.description,
    keywords: r.keywords.join(' '),
  })),
  ...guidance.map((r) => ({ id: `g:${r.id}`, title: r.text, summary: r.reason, description: '', keywords: r.keywords.join(' ') })),
  ...checklist.map((r) => ({
    id: `c:${r.id}`,
    title: r.question,
    summary: r.good,
    description: `${r.explanation} ${r.advice}`,
    keywords: r.keywords.join(' '),
  })),
];
/** Splits one ranked list of ids into the three lists of the eval. */
const lists = (ids: string[]) => ({
  interventions: ids.filter((id) => id.startsWith('i:')).map((id) => byId.get(id) as Intervention),
  guidance: ids.filter((id) => id.startsWith('g:')).map((id) => byId.get(id) as never),
  checklist: ids.filter((id) => id.startsWith('c:')).map((id) => byId.get(id) as never),
});

// Ours.
const oursRank = (text: string) => {
  const m = engine.match(text);
  return {
    interventions: m.interventions.map((x) => x.record),
    guidance: m.guidance.map((x) => x.record),
    checklist: m.checklist.map((x) => x.record),
  };
};
const ours = scoreMatch(cases, oursRank);
const drafts = scoreDrafts(loadDrafts(), (t) => engine.check(t));
const oursMs = time(() => cases.forEach((c) => engine.match(c.text)), { runs: 20 }).median / cases.length;

// Baseline 1: MiniSearch, default options.
const ms = new MiniSearch({ fields: FIELDS });
ms.addAll(docs);
const msRank = (text: string) => lists(ms.search(text).map((r) => r.id as string));
const msScore = scoreMatch(cases, msRank);
const msMs = time(() => cases.forEach((c) => ms.search(c.text)), { runs: 20 }).median / cases.length;

// Baseline 2: lunr with the Dutch pipeline (stemmer, stopwords, trimmer).
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.nl')(lunr);
/** The parts of lunr's builder and query the baseline uses (lunr ships no types). */
type LunrBuilder = { use(plugin: unknown): void; ref(field: string): void; field(name: string): void; add(doc: object): void };
type LunrQuery = { term(term: string, options: object): void };
const idx = lunr(function (this: LunrBuilder) {
  this.use(lunr.nl);
  this.ref('id');
  for (const f of FIELDS) this.field(f);
  for (const d of docs) this.add(d);
});
// The query builder, not query syntax: passages contain ':' '-' '+' that lunr's parser would read as operators.
const lunrSearch = (text: string) =>
  idx.query((q: LunrQuery) => {
    for (const token of lunr.tokenizer(text)) q.term(token.toString(), { presence: lunr.Query.presence.OPTIONAL });
  });
const lunrRank = (text: string) => lists(lunrSearch(text).map((r: { ref: string }) => r.ref));
const lunrScore = scoreMatch(cases, lunrRank);
const lunrMs = time(() => cases.forEach((c) => lunrSearch(c.text)), { runs: 20 }).median / cases.length;

const figures = (prefix: string, s: ReturnType<typeof scoreMatch>) =>
  Object.fromEntries(
    (['interventions', 'guidance', 'checklist'] as const).flatMap((list) => [
      [`${prefix}.${list}`, round(s[list].score)],
      [`${prefix}.${list}.hit_at_1`, round(s[list].hitAt1)],
      [`${prefix}.${list}.precision_at_3`, round(s[list].precisionAt3)],
    ]),
  );

/**
 * Two more sets of passages in the same format, written blind to the engine by
 * helpers who saw only the spec and the dev set (tests/eval/): "extra" (40
 * cases) and "heldout" (30 cases, plus 3 labelled drafts). Both have since been
 * looked at to improve the engine, so they are no longer unseen; the first,
 * blind scores are in BENCHMARKS.md.
 */
const more: Record<string, number> = {};
for (const set of ['extra', 'heldout'] as const) {
  const file = join(ROOT, 'tests', 'eval', set === 'extra' ? 'match-extra.json' : 'heldout/match.json');
  const c = loadCases(file);
  Object.assign(more, figures(`relevance.${set}`, scoreMatch(c, oursRank)));
  Object.assign(more, figures(`baseline.minisearch_default.relevance.${set}`, scoreMatch(c, msRank)));
  Object.assign(more, figures(`baseline.lunr_nl.relevance.${set}`, scoreMatch(c, lunrRank)));
}
/**
 * The real-wording set (tests/eval/real, issue 14): passages and drafts in the
 * wording of real municipal documents, labelled blind; a tune part and a
 * held-out part that is never tuned on. Mixed passages: both topics in the top 3.
 */
for (const part of ['tune', 'heldout'] as const) {
  const real = loadRealSet(join(ROOT, 'tests', 'eval', 'real'), part);
  for (const [prefix, r] of [
    [`relevance.real_${part}`, oursRank],
    [`baseline.minisearch_default.relevance.real_${part}`, msRank],
    [`baseline.lunr_nl.relevance.real_${part}`, lunrRank],
  ] as const) {
    const s = scoreMatch(real.cases, r);
    Object.assign(more, figures(prefix, s), { [`${prefix}.mixed`]: round(s.mixed.score) });
  }
  const d = scoreDrafts(real.drafts, (t) => engine.check(t));
  more[`relevance.real_${part}.drafts`] = round(d.score);
  more[`relevance.real_${part}.false_positive_rate`] = round(d.falsePositiveRate);
}
more['relevance.heldout.drafts'] = round(
  scoreDrafts(loadDrafts(join(ROOT, 'tests', 'eval', 'heldout', 'drafts')), (t) => engine.check(t)).score,
);

emit({
  ...figures('relevance.dev', ours),
  'relevance.dev.drafts': round(drafts.score),
  'relevance.dev.ms': round(oursMs),
  ...figures('baseline.minisearch_default.relevance', msScore),
  'baseline.minisearch_default.ms': round(msMs),
  // The issue names the time "….ms" after the relevance figure; both spellings, one value.
  'baseline.minisearch_default.relevance.interventions.ms': round(msMs),
  ...figures('baseline.lunr_nl.relevance', lunrScore),
  'baseline.lunr_nl.ms': round(lunrMs),
  'baseline.lunr_nl.relevance.interventions.ms': round(lunrMs),
  ...more,
});
