/**
 * Checklist detection: the one place that decides, for a prepared text,
 * which checklist items it covers, partly covers or is about. The draft check
 * (check.ts) and the checklist list of a match (match.ts) both read these
 * verdicts, so the two routes cannot disagree.
 */
import type { Analyzer } from '../analysis/analyzer';
import type { ChecklistItem } from '../schema';
import { compileCue, matchCue, type Cue, type CueHit } from './cues';
import { sentenceText, type Doc } from './document';

export type Status = 'covered' | 'partial' | 'missing';

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

/** What the detector found for one item in one text. */
export interface Detection {
  compiled: CompiledItem;
  status: Status;
  hits: ItemHits;
  /** Sentences that use the item's own words. */
  topicHits: CueHit[];
}

function itemHits(doc: Doc, compiled: CompiledItem): ItemHits {
  return {
    covered: compiled.covered.flatMap((cue) => matchCue(doc, cue)),
    partial: compiled.partial.flatMap((cue) => matchCue(doc, cue)),
  };
}

const statusOf = (hits: ItemHits): Status => (hits.covered.length ? 'covered' : hits.partial.length ? 'partial' : 'missing');

export function detectItem(doc: Doc, compiled: CompiledItem): Detection {
  const hits = itemHits(doc, compiled);
  return { compiled, status: statusOf(hits), hits, topicHits: matchCue(doc, compiled.topic) };
}

/** Every item's verdict, in checklist order. */
export const detectChecklist = (doc: Doc, checklist: readonly CompiledItem[]): Detection[] => checklist.map((c) => detectItem(doc, c));

/** Distinct evidence sentences, strongest cue kind first, then in reading order. */
export function evidenceOf(doc: Doc, d: Detection): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const list of [d.hits.covered, d.hits.partial]) {
    for (const h of [...list].sort((a, b) => a.sentence - b.sentence)) {
      if (out.length >= MAX_EVIDENCE) return out;
      if (seen.has(h.sentence)) continue;
      seen.add(h.sentence);
      out.push(sentenceText(doc, h.sentence));
    }
  }
  return out;
}

/** The words of the text that made the detection, as written: cue words first, then topic words. */
export function detectedWords(doc: Doc, d: Detection): string[] {
  return [...d.hits.covered, ...d.hits.partial, ...d.topicHits].flatMap((h) =>
    h.spans.map(({ pos, length }) => doc.text.slice(doc.tokens[pos].start, doc.tokens[pos + length - 1].end)),
  );
}
