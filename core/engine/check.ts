/**
 * The draft check: every checklist item gets a status (covered, partial,
 * missing), the sentences that count as evidence, quoted exactly, and the
 * advice to add when something is missing.
 */
import type { Analyzer } from '../analysis/analyzer';
import type { ChecklistItem } from '../schema';
import type { ChecklistId, Step } from '../taxonomy';
import { compileCue, matchCue, type Cue, type CueHit } from './cues';
import { sentenceText, type Doc } from './document';

export type Status = 'covered' | 'partial' | 'missing';

export interface CheckItem {
  id: ChecklistId;
  step: Step;
  question: string;
  status: Status;
  /** Sentences from the draft, exactly as they stand, best first. */
  evidence: string[];
  advice: string;
}

export interface CheckResult {
  items: CheckItem[];
  summary: { covered: number; partial: number; missing: number; total: number; sentences: number };
}

export interface CompiledItem {
  item: ChecklistItem;
  covered: Cue[];
  partial: Cue[];
  /** The item's keywords as one group of alternatives: a passage that uses them is about the item, covered or not. */
  topic: Cue;
}

export const MAX_EVIDENCE = 3;

export function compileChecklist(items: ChecklistItem[], analyzer: Analyzer): CompiledItem[] {
  return items.map((item) => ({
    item,
    covered: item.cues.covered.map((c) => compileCue(c, analyzer)),
    partial: item.cues.partial.map((c) => compileCue(c, analyzer)),
    topic: compileCue(item.keywords.join('|'), analyzer),
  }));
}

export interface ItemHits {
  covered: CueHit[];
  partial: CueHit[];
}

export function itemHits(doc: Doc, compiled: CompiledItem): ItemHits {
  return {
    covered: compiled.covered.flatMap((cue) => matchCue(doc, cue)),
    partial: compiled.partial.flatMap((cue) => matchCue(doc, cue)),
  };
}

export const statusOf = (hits: ItemHits): Status =>
  hits.covered.length ? 'covered' : hits.partial.length ? 'partial' : 'missing';

/** Distinct evidence sentences, strongest cue kind first, then in reading order. */
function evidenceOf(doc: Doc, hits: ItemHits): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const list of [hits.covered, hits.partial]) {
    for (const h of [...list].sort((a, b) => a.sentence - b.sentence)) {
      if (out.length >= MAX_EVIDENCE) return out;
      if (seen.has(h.sentence)) continue;
      seen.add(h.sentence);
      out.push(sentenceText(doc, h.sentence));
    }
  }
  return out;
}

export function checkDoc(doc: Doc, checklist: CompiledItem[]): CheckResult {
  const items = checklist.map((c): CheckItem => {
    const hits = itemHits(doc, c);
    return {
      id: c.item.id,
      step: c.item.step,
      question: c.item.question,
      status: statusOf(hits),
      evidence: evidenceOf(doc, hits),
      advice: c.item.advice,
    };
  });
  const count = (s: Status) => items.filter((i) => i.status === s).length;
  return {
    items,
    summary: { covered: count('covered'), partial: count('partial'), missing: count('missing'), total: items.length, sentences: doc.sentences.length },
  };
}
