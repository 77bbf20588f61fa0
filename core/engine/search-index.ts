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
export const kindOf = (docId: string): Kind =>
  docId[0] === 'i' ? 'intervention' : docId[0] === 'g' ? 'guidance' : 'checklist';
export const recordIdOf = (docId: string) => docId.slice(2);

/**
 * Three fields: few fields keep the snapshot small and its load fast.
 *   head     the title and the officers' own words (keywords): weighs most
 *   summary  the short summary (or the why, or what good looks like)
 *   body     description, mechanisms, target groups, provider, municipalities
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

export function interventionDoc(r: Intervention): IndexDoc {
  return {
    id: docId('intervention', r.id),
    head: join([r.title, ...r.keywords]),
    summary: r.summary,
    body: join([r.description, ...r.whatWorks, ...r.targetGroups, r.provider ?? '', ...r.municipalities]),
  };
}

export function guidanceDoc(r: Guidance): IndexDoc {
  return { id: docId('guidance', r.id), head: join([r.text, ...r.keywords]), summary: r.reason, body: '' };
}

export function checklistDoc(r: ChecklistItem): IndexDoc {
  return { id: docId('checklist', r.id), head: join([r.question, ...r.keywords]), summary: r.good, body: `${r.explanation} ${r.advice}` };
}

export function indexDocs(kb: Omit<KnowledgeBase, 'version'>): IndexDoc[] {
  return [...kb.interventions.map(interventionDoc), ...kb.guidance.map(guidanceDoc), ...kb.checklist.map(checklistDoc)];
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
