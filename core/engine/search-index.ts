/**
 * The MiniSearch index over all record kinds. Build time and query time use
 * the same options (MiniSearch does not serialise functions), taken from the
 * one analyser.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { Analyzer } from '../analysis/analyzer';
import { tokenize } from '../analysis/tokenize';
import type { ChecklistItem, Guidance, Intervention, KnowledgeBase } from '../schema';

export type Kind = 'intervention' | 'guidance' | 'checklist';
const PREFIX: Record<Kind, string> = { intervention: 'i', guidance: 'g', checklist: 'c' };

export const docId = (kind: Kind, id: string) => `${PREFIX[kind]}:${id}`;
export const kindOf = (docId: string): Kind => (docId[0] === 'i' ? 'intervention' : docId[0] === 'g' ? 'guidance' : 'checklist');
export const recordIdOf = (docId: string) => docId.slice(2);

/**
 * Three fields: few fields keep the snapshot small and its load fast.
 *   head     the title and the officers' own words (keywords): weighs most
 *   summary  the short summary (or the reason, or what good looks like)
 *   body     the description's most telling words, mechanisms, target
 *            groups, provider, municipalities
 *
 * Descriptions are long; indexed whole they would make up three quarters of
 * the index (and of its load time) while their filler words add little. Their
 * DESCRIPTION_TERMS most distinctive words (tf·idf over all descriptions) are
 * indexed instead.
 */
export interface IndexDoc {
  id: string;
  head: string;
  summary: string;
  body: string;
}

export const FIELDS = ['head', 'summary', 'body'] as const;

export const FIELD_BOOST: Record<(typeof FIELDS)[number], number> = { head: 2.5, summary: 1.2, body: 1 };

const join = (xs: readonly string[]) => xs.join(' ; ');

export const DESCRIPTION_TERMS = 24;

export function interventionDoc(r: Intervention, descriptionWords: readonly string[] = []): IndexDoc {
  return {
    id: docId('intervention', r.id),
    head: join([r.title, ...r.keywords]),
    summary: r.summary,
    body: join([descriptionWords.join(' '), ...r.whatWorks, ...r.targetGroups, r.provider ?? '', ...r.municipalities]),
  };
}

/** The most distinctive words of each description: tf·idf over all descriptions, by stem. */
export function descriptionWords(records: readonly Intervention[], analyzer: Analyzer, k = DESCRIPTION_TERMS): string[][] {
  const perDoc = records.map((r) => {
    const byStem = new Map<string, { word: string; tf: number }>();
    for (const t of analyzer.analyze(r.description)) {
      if (!t.stem) continue;
      const e = byStem.get(t.stem);
      if (e) e.tf++;
      else byStem.set(t.stem, { word: t.folded, tf: 1 });
    }
    return byStem;
  });
  const df = new Map<string, number>();
  for (const doc of perDoc) for (const stem of doc.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = records.length;
  return perDoc.map((doc) =>
    [...doc.entries()]
      .map(([stem, { word, tf }]) => ({ word, score: (1 + Math.log(tf)) * Math.log(1 + n / df.get(stem)!) }))
      .sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : 1))
      .slice(0, k)
      .map((x) => x.word),
  );
}

export function guidanceDoc(r: Guidance): IndexDoc {
  return { id: docId('guidance', r.id), head: join([r.text, ...r.keywords]), summary: r.reason, body: '' };
}

export function checklistDoc(r: ChecklistItem): IndexDoc {
  return { id: docId('checklist', r.id), head: join([r.question, ...r.keywords]), summary: r.good, body: `${r.explanation} ${r.advice}` };
}

export function indexDocs(kb: Omit<KnowledgeBase, 'version'>, analyzer: Analyzer): IndexDoc[] {
  const words = descriptionWords(kb.interventions, analyzer);
  return [
    ...kb.interventions.map((r, i) => interventionDoc(r, words[i])),
    ...kb.guidance.map(guidanceDoc),
    ...kb.checklist.map(checklistDoc),
  ];
}

export function miniSearchOptions(analyzer: Analyzer): Options<IndexDoc> {
  return {
    fields: [...FIELDS],
    storeFields: [],
    tokenize: (text) => tokenize(text).map((t) => t.folded),
    processTerm: (term) => {
      const terms = analyzer.terms(term);
      return terms.length ? terms : null;
    },
  };
}

export function buildIndex(docs: IndexDoc[], analyzer: Analyzer): MiniSearch<IndexDoc> {
  const ms = new MiniSearch<IndexDoc>(miniSearchOptions(analyzer));
  ms.addAll(docs);
  return ms;
}

/** Document frequency of every term, over all kinds: the idf that picks a passage's telling words. */
export function documentFrequencies(docs: IndexDoc[], analyzer: Analyzer): Record<string, number> {
  const df: Record<string, number> = {};
  for (const doc of docs) {
    const terms = new Set<string>();
    for (const f of FIELDS) for (const t of tokenize(doc[f])) for (const term of analyzer.terms(t.folded)) terms.add(term);
    for (const term of terms) df[term] = (df[term] ?? 0) + 1;
  }
  return df;
}
