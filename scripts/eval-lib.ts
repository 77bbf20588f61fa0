/**
 * Relevance evaluation on ../shared/eval: hit@3 per list on the highlighted
 * passages (match-dev.json) and agreement with the labelled drafts. Shared by
 * `npm run eval` and the benchmark's baselines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChecklistItem, Guidance, Intervention } from '../core/schema';
import type { CheckResult } from '../core/engine/check';
import { ROOT } from './kb-files';

export const EVAL_DIR = process.env.WEGWIJZER_EVAL_DIR ?? join(ROOT, '..', 'shared', 'eval');

type TaxonomyPredicate = { domain?: string; ground?: string; type?: string };
type GuidancePredicate = { kind: 'do' | 'dont'; re: string };

export interface MatchCase {
  id: string;
  text: string;
  interventions?: TaxonomyPredicate[];
  guidance?: GuidancePredicate[];
  checklist?: string[];
  /** Mixed passages (tests/eval/real): every group must be satisfied within the top 3 interventions. */
  mixed?: boolean;
  all?: { interventions: TaxonomyPredicate[][] };
}

export interface Draft {
  name: string;
  text: string;
  labels: Record<string, boolean>;
  /** Where the labeller is sure: covered or partial (tests/eval/real). */
  status?: Record<string, 'covered' | 'partial'>;
  /** A second labeller's independent labels, where there are (tests/eval/real/second-labeller/). */
  second?: Record<string, boolean>;
}

export const K = 3;

export function loadCases(file = join(EVAL_DIR, 'match-dev.json')): MatchCase[] {
  if (!existsSync(file)) throw new Error(`No eval cases at ${file}; set WEGWIJZER_EVAL_DIR to the folder with match-dev.json and drafts/.`);
  return JSON.parse(readFileSync(file, 'utf8')).cases;
}

/** Drafts with their labels; `secondDir` holds a second labeller's files of the same names, where there are. */
export function loadDrafts(dir = join(EVAL_DIR, 'drafts'), secondDir?: string): Draft[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const labelsFile = f.replace(/\.md$/, '.labels.json');
      const second =
        secondDir && existsSync(join(secondDir, labelsFile)) ? JSON.parse(readFileSync(join(secondDir, labelsFile), 'utf8')) : undefined;
      return {
        name: f.replace(/\.md$/, ''),
        text: readFileSync(join(dir, f), 'utf8'),
        ...labelsOf(JSON.parse(readFileSync(join(dir, labelsFile), 'utf8'))),
        second: second?.labels,
      };
    });
}

const labelsOf = (j: { labels: Record<string, boolean>; status?: Record<string, 'covered' | 'partial'> }) => ({
  labels: j.labels,
  status: j.status,
});

/**
 * A part of the real-wording set (tests/eval/real): the passages and drafts
 * of the batches `parts.json` lists for it, a part to tune on and a held-out
 * part. A batch not written yet, or whose labels are not final yet (a batch
 * in a folder of its own has a LABELS-FINAL file once they are), is left out:
 * a score read before then would be a peek. Case ids are prefixed with their
 * batch's folder where they have one, so misses name their batch.
 */
export function loadRealSet(
  dir: string,
  part: 'tune' | 'heldout',
): { cases: MatchCase[]; drafts: Draft[]; batches: string[]; folders: string[]; batchOf: string[] } {
  const parts: Record<typeof part, { batch: string; cases: string; drafts: string }[]> = JSON.parse(
    readFileSync(join(dir, 'parts.json'), 'utf8'),
  );
  /** `folders`: each batch's drafts folder, as the learner names what it learnt from; `batchOf`: each case's. */
  const out = {
    cases: [] as MatchCase[],
    drafts: [] as Draft[],
    batches: [] as string[],
    folders: [] as string[],
    batchOf: [] as string[],
  };
  for (const b of parts[part]) {
    const folder = b.cases.includes('/') ? `${b.cases.split('/')[0]}/` : '';
    if (!existsSync(join(dir, b.cases)) || (folder && !existsSync(join(dir, folder, 'LABELS-FINAL')))) continue;
    out.batches.push(b.batch);
    out.folders.push(b.drafts);
    const cases = loadCases(join(dir, b.cases));
    out.cases.push(...cases.map((c) => ({ ...c, id: folder + c.id })));
    out.batchOf.push(...cases.map(() => b.drafts));
    if (existsSync(join(dir, b.drafts)))
      out.drafts.push(
        ...loadDrafts(join(dir, b.drafts), join(dir, 'second-labeller', b.drafts)).map((d) => ({ ...d, name: folder + d.name })),
      );
  }
  return out;
}

export const interventionFits = (r: Intervention, p: TaxonomyPredicate) =>
  (!p.domain || r.domains.includes(p.domain as never)) &&
  (!p.ground || r.grounds.includes(p.ground as never)) &&
  (!p.type || r.types.includes(p.type as never));

export const guidanceFits = (r: Guidance, p: GuidancePredicate) => r.kind === p.kind && new RegExp(p.re, 'i').test(`${r.text} ${r.reason}`);

export interface Ranked {
  interventions: Intervention[];
  guidance?: Guidance[];
  checklist?: ChecklistItem[];
}

export interface ListScore {
  hits: number;
  cases: number;
  /** hit@3: the bar. */
  score: number;
  /** Stricter views for comparisons: the first result fits (hit@1), share of the top 3 that fit (precision@3). */
  hitAt1: number;
  precisionAt3: number;
  misses: { id: string; got: string[] }[];
}

const emptyScore = (): ListScore => ({ hits: 0, cases: 0, score: 0, hitAt1: 0, precisionAt3: 0, misses: [] });

/**
 * hit@3 for each list a case has expectations for; `mixed`: both topics of a
 * mixed passage in the top 3 interventions. An empty list says the labeller
 * found no record that fits: no expectation, so not a case for that list.
 */
export function scoreMatch(cases: MatchCase[], rank: (text: string) => Ranked) {
  const out = { interventions: emptyScore(), guidance: emptyScore(), checklist: emptyScore(), mixed: emptyScore() };
  for (const c of cases) {
    const r = rank(c.text);
    if (c.mixed && c.all) {
      const top = r.interventions.slice(0, K);
      const ok = c.all.interventions.every((group) => top.some((x) => group.some((p) => interventionFits(x, p))));
      out.mixed.cases++;
      if (ok) out.mixed.hits++;
      else out.mixed.misses.push({ id: c.id, got: top.map((x) => `${x.id} [${x.domains.join(',')}]`) });
    }
    const tally = <T>(s: ListScore, list: T[], fits: (x: T) => boolean, show: (x: T) => string) => {
      const top = list.slice(0, K);
      const ok = top.map(fits);
      s.cases++;
      if (ok.some(Boolean)) s.hits++;
      else s.misses.push({ id: c.id, got: top.map(show) });
      if (ok[0]) s.hitAt1++;
      s.precisionAt3 += ok.filter(Boolean).length / K;
    };
    if (c.interventions?.length) {
      tally(
        out.interventions,
        r.interventions,
        (x) => c.interventions!.some((p) => interventionFits(x, p)),
        (x) => `${x.id} [${x.domains.join(',')}|${x.grounds.join(',')}|${x.types.join(',')}]`,
      );
    }
    if (c.guidance?.length)
      tally(
        out.guidance,
        r.guidance ?? [],
        (x) => c.guidance!.some((p) => guidanceFits(x, p)),
        (x) => `${x.kind}: ${x.text}`,
      );
    if (c.checklist?.length)
      tally(
        out.checklist,
        r.checklist ?? [],
        (x) => c.checklist!.includes(x.id),
        (x) => x.id,
      );
  }
  for (const s of Object.values(out)) {
    s.score = s.cases ? s.hits / s.cases : 0;
    s.hitAt1 = s.cases ? s.hitAt1 / s.cases : 0;
    s.precisionAt3 = s.cases ? s.precisionAt3 / s.cases : 0;
  }
  return out;
}

/**
 * Share of checklist items where covered-or-partial agrees with the label;
 * the false-positive rate (items marked covered that the labels mark absent,
 * over the items labelled absent); and, where the labels say covered or
 * partial, how often the status agrees. Where a second labeller labelled the
 * same draft: how often the two labellers agree (the ceiling for the engine),
 * and the engine's agreement on the items they agree on.
 */
export function scoreDrafts(drafts: Draft[], check: (text: string) => CheckResult) {
  const twice = { items: 0, labellersAgree: 0, engineAgreesWithBoth: 0, absent: 0, claimedAbsent: 0 };
  let agree = 0;
  let total = 0;
  let absent = 0;
  let falseCovered = 0;
  let statusTotal = 0;
  let statusAgree = 0;
  const misses: { draft: string; id: string; expected: boolean | string; status: string; why: string[] }[] = [];
  for (const d of drafts) {
    const result = check(d.text);
    for (const item of result.items) {
      if (!(item.id in d.labels)) continue;
      total++;
      const label = d.labels[item.id];
      const got = item.status !== 'missing';
      // What made the verdict, so a miss can be read without running the check again.
      const why = item.reasons.map((r) => `${r.detail}: "${item.evidence[r.evidence]?.slice(0, 160)}"`);
      if (got === label) agree++;
      else misses.push({ draft: d.name, id: item.id, expected: label, status: item.status, why });
      if (!label) {
        absent++;
        if (item.status === 'covered') falseCovered++;
      }
      if (d.second && item.id in d.second) {
        twice.items++;
        if (d.second[item.id] === label) {
          twice.labellersAgree++;
          if (got === label) twice.engineAgreesWithBoth++;
          if (!label) {
            twice.absent++;
            if (got) twice.claimedAbsent++;
          }
        }
      }
      const sure = d.status?.[item.id];
      if (sure && label) {
        statusTotal++;
        if (sure === item.status) statusAgree++;
        else if (got) misses.push({ draft: d.name, id: item.id, expected: sure, status: item.status, why });
      }
    }
  }
  return {
    agree,
    total,
    score: total ? agree / total : 0,
    falsePositiveRate: absent ? falseCovered / absent : 0,
    falseCovered,
    absent,
    statusAgreement: statusTotal ? statusAgree / statusTotal : 1,
    statusTotal,
    twice,
    misses,
  };
}
