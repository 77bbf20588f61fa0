/**
 * What the learner learns from, all in the tune part of tests/eval/real (the
 * held-out part is never read).
 *
 * Sentences, for the checklist reading: every sentence of the labelled
 * drafts, marked per checklist item as evidence (a reader
 * quoted it for the item), not evidence (the draft lacks the item by every
 * reader's labels) or unknown (the draft has the item, but this sentence was
 * not the one quoted: it is left out rather than guessed). The items' example
 * sentences (data/checklist) count as evidence for their own item and not for
 * the others.
 *
 * Passages, for passages like this one: the highlighted passages with what
 * their labels pick.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analyzer } from '../../core/analysis/analyzer';
import { prepare, type Doc } from '../../core/engine/document';
import { sentenceFeatures } from '../../core/engine/learned';
import { passageTerms } from '../../core/engine/neighbours';
import type { ChecklistItem, Guidance, Intervention, LabelledPassages } from '../../core/schema';
import { guidanceFits, interventionFits, loadCases, type MatchCase } from '../eval-lib';

interface LabelFile {
  labels: Record<string, boolean>;
  evidence?: Record<string, string>;
}

export interface TrainingSentence {
  /** Batch folder of parts.json, or "examples". */
  batch: string;
  features: string[];
  /** Item id → 1 (evidence) or 0 (not); items absent here are unknown for this sentence. */
  labels: Record<string, 0 | 1>;
}

export interface TrainingSet {
  sentences: TrainingSentence[];
  batches: string[];
  drafts: number;
  quotes: number;
  /** Quotes no sentence of their draft holds (a typo in a label file). */
  unplaced: { draft: string; item: string; quote: string }[];
  examples: number;
  /** Highlighted passages read as rows (passageRows). */
  passages: number;
  /** SHA-256 of the raw inputs (passages' rows, draft texts, labels, quotes, example sentences): the model file names it, a test recomputes it. */
  digest: string;
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[*_#>`"“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The sentences a quote comes from: each holds the start of one of its parts (a quote may skip words with "…" or run over two sentences), or lies wholly inside it. */
export function placeQuote(doc: Doc, quote: string): number[] {
  const parts = normal(quote)
    .split(/\s*(?:\.\.\.|…)\s*|(?<=[.!?;:])\s+/)
    .filter((p) => p.length >= 8);
  const out: number[] = [];
  doc.sentences.forEach((s, i) => {
    const sentence = normal(doc.text.slice(s.start, s.end));
    if (!sentence) return;
    if (parts.some((p) => sentence.includes(p.slice(0, 60)) || (sentence.length >= 20 && p.includes(sentence)))) out.push(i);
  });
  return out;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function collectTrainingSet(realDir: string, checklist: ChecklistItem[], analyzer: Analyzer): TrainingSet {
  const parts = readJson<{ tune: { cases: string; drafts: string }[] }>(join(realDir, 'parts.json'));
  const ids = checklist.map((c) => c.id);
  const hash = createHash('sha256');
  const out: TrainingSet = { sentences: [], batches: [], drafts: 0, quotes: 0, unplaced: [], examples: 0, passages: 0, digest: '' };
  // The passages first: training reads rows in order, and the drafts' sentences are most like what a check reads.
  for (const { cases, drafts } of parts.tune) {
    if (!existsSync(join(realDir, drafts)) || !existsSync(join(realDir, cases))) continue;
    for (const row of passageRows(loadCases(join(realDir, cases)), drafts, ids, analyzer)) {
      hash.update(JSON.stringify([drafts, row.labels, row.features]));
      out.passages++;
      out.sentences.push(row);
    }
  }
  for (const { drafts } of parts.tune) {
    const dir = join(realDir, drafts);
    if (!existsSync(dir)) continue;
    out.batches.push(drafts);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const labelFile = file.replace(/\.md$/, '.labels.json');
      const secondPath = join(realDir, 'second-labeller', drafts, labelFile);
      const readers = [readJson<LabelFile>(join(dir, labelFile)), ...(existsSync(secondPath) ? [readJson<LabelFile>(secondPath)] : [])];
      hash.update(JSON.stringify([drafts, file, text, readers.map((r) => [r.labels, r.evidence ?? {}])]));
      out.drafts++;
      const doc = prepare(text, analyzer);
      const quoted = doc.sentences.map(() => new Set<string>());
      for (const reader of readers)
        for (const [item, quote] of Object.entries(reader.evidence ?? {})) {
          // "NOT: …" notes why a false item is false: no evidence.
          if (!reader.labels[item] || quote.startsWith('NOT')) continue;
          out.quotes++;
          const at = placeQuote(doc, quote);
          if (!at.length) out.unplaced.push({ draft: `${drafts}/${file}`, item, quote });
          for (const s of at) quoted[s].add(item);
        }
      const absent = ids.filter((id) => readers.every((r) => r.labels[id] === false));
      sentenceFeatures(doc).forEach((features, s) => {
        const labels: Record<string, 0 | 1> = {};
        for (const id of absent) labels[id] = 0;
        for (const id of quoted[s]) labels[id] = 1;
        out.sentences.push({ batch: drafts, features, labels });
      });
    }
  }
  for (const item of checklist)
    for (const example of item.cues.examples) {
      hash.update(JSON.stringify([item.id, example]));
      out.examples++;
      const doc = prepare(example, analyzer);
      const labels = Object.fromEntries(ids.map((id) => [id, id === item.id ? 1 : 0])) as Record<string, 0 | 1>;
      for (const features of sentenceFeatures(doc)) out.sentences.push({ batch: 'examples', features, labels });
    }
  out.digest = hash.digest('hex');
  return out;
}

/**
 * The batch's highlighted passages as rows of the checklist's reading (its
 * sentences' features together, a passage being one to three sentences):
 * each item the labeller found in it is evidence; a passage that touches no
 * item (a trap) is evidence against every item. Items a passage does not
 * name stay unknown: a labeller names what it touches, not all it does not.
 * Left out (47 batches): draft items as labelled 0.861 → 0.869, graded as
 * labelled 0.569 → 0.579, claims of items both readers call absent 127 →
 * 131, false "gedekt" 2.4 → 2.5 %, checklist hit@3 0.933 → 0.932. Read
 * after each batch's drafts instead (training is ordered): 0.868, 128
 * claims, 2.9 %. Every other passage's unnamed items as evidence against:
 * 0.864, 130 claims; none against: 0.871, 135 claims.
 */
export function passageRows(cases: readonly MatchCase[], batch: string, ids: readonly string[], analyzer: Analyzer): TrainingSentence[] {
  return cases.flatMap(({ text, checklist }) => {
    if (!checklist) return [];
    const labels: Record<string, 0 | 1> = {};
    if (!checklist.length) for (const id of ids) labels[id] = 0;
    for (const id of checklist) labels[id] = 1;
    return [{ batch, features: [...new Set(sentenceFeatures(prepare(text, analyzer)).flat())], labels }];
  });
}

/** A passage of the tune part as stored: its terms and what the labels pick among today's records. */
export interface StoredPassage {
  batch: string;
  passage: LabelledPassages['passages'][number];
}

/**
 * The tune part's highlighted passages with their picks: the do's and don'ts
 * their guidance expectations name (kind + pattern, resolved against today's
 * records) and their checklist items. A passage with no pick is left out.
 * After them, each do or don't as a passage of its own words (guidancePassages).
 */
export function collectPassages(
  realDir: string,
  records: { interventions: Intervention[]; guidance: Guidance[] },
  analyzer: Analyzer,
): { passages: StoredPassage[]; batches: string[]; digest: string } {
  const parts = readJson<{ tune: { cases: string; drafts: string }[] }>(join(realDir, 'parts.json'));
  const hash = createHash('sha256');
  const out: StoredPassage[] = [];
  const batches: string[] = [];
  for (const { cases, drafts } of parts.tune) {
    if (!existsSync(join(realDir, cases))) continue;
    batches.push(drafts);
    for (const c of loadCases(join(realDir, cases))) {
      // A mixed passage asks for each of its topics.
      const asked = [...(c.interventions ?? []), ...(c.all?.interventions.flat() ?? [])];
      const picks = {
        interventions: records.interventions.filter((r) => asked.some((p) => interventionFits(r, p))).map((r) => r.id),
        guidance: records.guidance.filter((g) => c.guidance?.some((p) => guidanceFits(g, p))).map((g) => g.id),
        checklist: (c.checklist ?? []) as LabelledPassages['passages'][number]['checklist'],
      };
      hash.update(JSON.stringify([drafts, c.text, picks]));
      if (!picks.interventions.length && !picks.guidance.length && !picks.checklist.length) continue;
      out.push({ batch: drafts, passage: { terms: passageTerms(prepare(c.text, analyzer)), ...picks } });
    }
  }
  for (const passage of guidancePassages(records.guidance, analyzer)) {
    hash.update(JSON.stringify([RECORDS_BATCH, passage]));
    out.push({ batch: RECORDS_BATCH, passage });
  }
  return { passages: out, batches, digest: hash.digest('hex') };
}

/** The batch of the passages written from the records themselves: no fold of `npm run learn -- --cross` leaves it out. */
const RECORDS_BATCH = 'records';

/**
 * Each do or don't as a passage that picks it: its advice, keywords and
 * reason. A record no labelled passage picks yet (a form of discrimination
 * a batch brings for the first time) still has a profile and a model of
 * its own words. Left out (45 batches, 1,534 passages): do's and don'ts
 * 0.814 → 0.821 (advice alone 0.818, with keywords 0.819), interventions
 * 0.922 → 0.923, checklist unchanged, mixed passages 127 → 128 of 176.
 * Interventions written the same way (title and summary) cost them 0.922 →
 * 0.920: their labels name facets, not one record, so not there.
 */
function guidancePassages(guidance: readonly Guidance[], analyzer: Analyzer): LabelledPassages['passages'] {
  return guidance.map((g) => ({
    terms: passageTerms(prepare([g.text, ...g.keywords, g.reason].join('. '), analyzer)),
    interventions: [],
    guidance: [g.id],
    checklist: [],
    own: true,
  }));
}
