/**
 * The draft check: every checklist item gets a status (covered, partial,
 * missing), the sentences that count as evidence, quoted exactly, and the
 * advice to add when something is missing. The verdicts come from the
 * checklist detector (checklist.ts), the same one a match uses.
 */
import type { ChecklistId, Step } from '../taxonomy';
import { detectChecklist, evidenceOf, setAsideOf, type CompiledChecklist, type Reason, type Status } from './checklist';
import type { Doc } from './document';

export type { Reason, Status } from './checklist';

export interface CheckItem {
  id: ChecklistId;
  step: Step;
  question: string;
  status: Status;
  /** Sentences from the draft, exactly as they stand, best first. */
  evidence: string[];
  /** Why each piece of evidence counts: which cue, name, example or heading. */
  reasons: Reason[];
  advice: string;
  /** A missing item only: what detection found and the learnt verdict did not count (checklist.ts readVerdict), and why. */
  setAside?: { evidence: string; detail: string };
}

export interface CheckResult {
  items: CheckItem[];
  summary: { covered: number; partial: number; missing: number; total: number; sentences: number };
}

export function checkDoc(doc: Doc, checklist: CompiledChecklist): CheckResult {
  const items = detectChecklist(doc, checklist).map((d): CheckItem => {
    const { evidence, reasons } = evidenceOf(doc, d);
    const setAside = setAsideOf(doc, d);
    return {
      id: d.compiled.item.id,
      step: d.compiled.item.step,
      question: d.compiled.item.question,
      status: d.status,
      evidence,
      reasons,
      advice: d.compiled.item.advice,
      ...(setAside && { setAside }),
    };
  });
  const count = (s: Status) => items.filter((i) => i.status === s).length;
  return {
    items,
    summary: {
      covered: count('covered'),
      partial: count('partial'),
      missing: count('missing'),
      total: items.length,
      sentences: doc.sentences.length,
    },
  };
}
