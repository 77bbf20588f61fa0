/**
 * The raadslid lens: what a council member can do with a passage of a
 * college document, and which questions to put to the college after a check.
 * Pure: records in, results out; the same code runs in the worker and in the
 * extension's private mode.
 */
import { createAnalyzer, type Analyzer } from '../analysis/analyzer';
import { buildLexicon } from '../analysis/lexicon';
import type { ChecklistItem, CouncilRecord } from '../schema';
import {
  CHECKLIST_IDS,
  CHECKLIST_STEPS,
  COUNCIL_ROLES,
  FORMS,
  STEPS,
  type ChecklistId,
  type CouncilRole,
  type Form,
  type Step,
} from '../taxonomy';

export interface CouncilHit {
  record: CouncilRecord;
  score: number;
  why: {
    /** Words of the passage that the record shares, as written in the passage. */
    terms: string[];
    /** Checklist items the passage touches that the record helps act on. */
    checklist: ChecklistId[];
    /** Forms of discrimination the passage names that the record is about. */
    forms: Form[];
  };
}

export interface CouncilLensResult {
  /** All four roles in a fixed order; each with its fitting records, best first (possibly none). */
  roles: { role: CouncilRole; hits: CouncilHit[] }[];
  /** Forms of discrimination the passage names. */
  forms: Form[];
  /** The seed's questions for a council session, as a starting point. */
  conversation: CouncilRecord[];
}

export interface LensOptions {
  /** Checklist items the passage touches (e.g. from the match); they weigh in. */
  checklist?: readonly ChecklistId[];
  /** Records per role; default 3. */
  perRole?: number;
}

/** Words that name a form of discrimination; analysed like any text (so "moskeebestuur" finds "moskee"). */
const FORM_WORDS: Record<Form, string> = {
  'anti-zwart-racisme': 'zwart zwarte afro slavernij slavernijverleden keti koti koloniaal koloniale surinaams antilliaans',
  antisemitisme: 'antisemitisme joods joden jodenhaat synagoge holocaust sjoa',
  'anti-moslimracisme': 'moslim moslims islamofobie moslimhaat moskee hoofddoek',
  antiziganisme: 'antiziganisme sinti roma woonwagenbewoners',
  'anti-aziatisch-racisme': 'aziatisch aziatische chinees chinese',
  lhbtiq: 'lhbti lhbtiq homo lesbisch transgender queer regenboog homofobie',
};

/** Words a council document uses for the same thing; they count as one term. */
const SAME_THING: Record<string, string> = {
  adv: 'adv advs adb antidiscriminatievoorziening antidiscriminatievoorzieningen antidiscriminatiebureau',
  geld: 'begroting begrotingen budget budgetten middelen geld financiering bekostiging euro',
  indicator: 'indicator indicatoren kengetal kengetallen prestatie-indicatoren',
};

/** A term in more than this share of the records says nothing about which one fits ("raad", "college"). */
const GENERIC_SHARE = 0.25;

/** How much a shared term counts, by where the record has it. */
const FIELD_WEIGHT = { title: 3, keywords: 3, summary: 2, body: 1 } as const;
const CHECKLIST_BONUS = 2.5;
const FORM_BONUS = 4;
/** A record about one form fits a passage about another form (or none) much less. */
const OTHER_FORM_FACTOR = 0.4;
/** Below this a record shares only a word or two of little weight: not shown. */
const MIN_SCORE = 4;

interface Prepared {
  record: CouncilRecord;
  /** term → the highest field weight it has in the record. */
  terms: Map<string, number>;
}

const recordTexts = (r: CouncilRecord) => [r.title, r.summary, r.description ?? '', ...r.keywords, ...r.tips];

/** Creates the lens over the council records; pass the engine's analyser to share its lexicon. */
export function createCouncilLens(
  records: readonly CouncilRecord[],
  analyzer: Analyzer = createAnalyzer(buildLexicon(records.flatMap(recordTexts))),
) {
  const same = new Map<string, string>();
  for (const [id, words] of Object.entries(SAME_THING)) for (const s of analyzer.stems(words)) same.set(s, `=${id}`);
  /** A token's terms: stem, compound parts, synonyms and the SAME_THING term of any of them. */
  const tokenTerms = (t: { stem: string; parts: readonly string[]; synonyms: readonly string[] }) => {
    if (!t.stem) return [];
    const terms = [t.stem, ...t.parts, ...t.synonyms];
    for (const x of [t.stem, ...t.parts]) if (same.has(x)) terms.push(same.get(x)!);
    return terms;
  };
  const termsOf = (text: string) => analyzer.analyze(text).flatMap(tokenTerms);

  const prepared: Prepared[] = records.map((record) => {
    const terms = new Map<string, number>();
    const add = (text: string, w: number) => {
      for (const t of termsOf(text)) if ((terms.get(t) ?? 0) < w) terms.set(t, w);
    };
    add(record.description ?? '', FIELD_WEIGHT.body);
    record.tips.forEach((t) => add(t, FIELD_WEIGHT.body));
    add(record.summary, FIELD_WEIGHT.summary);
    record.keywords.forEach((k) => add(k, FIELD_WEIGHT.keywords));
    add(record.title, FIELD_WEIGHT.title);
    return { record, terms };
  });

  // Rare terms say more than words every record has ("raad", "college", "discriminatie").
  const df = new Map<string, number>();
  for (const p of prepared) for (const t of p.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + prepared.length / (df.get(t) ?? prepared.length));
  const generic = (t: string) => (df.get(t) ?? 0) > prepared.length * GENERIC_SHARE;
  // Long records share more words by chance: their term score is damped by length.
  const avgTerms = prepared.reduce((n, p) => n + p.terms.size, 0) / Math.max(1, prepared.length);

  const formTerms = FORMS.map((form) => ({ form, terms: new Set(termsOf(FORM_WORDS[form])) }));
  const conversation = records.filter((r) => r.kind === 'gespreksvraag');
  const candidates = prepared.filter((p) => p.record.kind !== 'gespreksvraag');

  return function lens(passage: string, options: LensOptions = {}): CouncilLensResult {
    const perRole = options.perRole ?? 3;
    const touched = new Set(options.checklist ?? []);
    // Passage term → the words of the passage that produced it (for "why").
    const words = new Map<string, Set<string>>();
    for (const tok of analyzer.analyze(passage)) {
      for (const t of tokenTerms(tok)) {
        if (!words.has(t)) words.set(t, new Set());
        words.get(t)!.add(tok.text);
      }
    }
    const forms = formTerms.filter(({ terms }) => [...terms].some((t) => words.has(t))).map(({ form }) => form);

    const hits: CouncilHit[] = [];
    for (const { record, terms } of candidates) {
      let score = 0;
      const shared: string[] = [];
      for (const [t, w] of terms) {
        if (!words.has(t) || generic(t)) continue;
        score += w * idf(t);
        shared.push(t);
      }
      score /= 0.5 + (0.5 * terms.size) / avgTerms;
      const checklist = record.checklist.filter((id) => touched.has(id));
      score += checklist.length * CHECKLIST_BONUS;
      const formHits = (record.forms ?? []).filter((f) => forms.includes(f));
      score += formHits.length * FORM_BONUS;
      if (record.forms?.length && formHits.length === 0) score *= OTHER_FORM_FACTOR;
      if (score < MIN_SCORE) continue;
      const surface = [...new Set(shared.sort((a, b) => idf(b) - idf(a)).flatMap((t) => [...words.get(t)!]))].slice(0, 6);
      hits.push({ record, score: Math.round(score * 100) / 100, why: { terms: surface, checklist, forms: formHits } });
    }
    hits.sort((a, b) => b.score - a.score || a.record.id.localeCompare(b.record.id));

    const roles = COUNCIL_ROLES.map((role) => ({ role, hits: hits.filter((h) => h.record.councilRoles.includes(role)).slice(0, perRole) }));
    return { roles, forms, conversation };
  };
}

export type CouncilLens = ReturnType<typeof createCouncilLens>;

/** A checked item as the check returns it; `councilQuestion` when the API sent it (audience "raad"). */
export interface CheckedItem {
  id: ChecklistId;
  status: 'covered' | 'partial' | 'missing';
  councilQuestion?: string;
}

export interface CouncilQuestionGroup {
  step: Step;
  questions: { id: ChecklistId; status: 'partial' | 'missing'; question: string }[];
}

/**
 * Turns a check into questions to put to the college: every missing or
 * partly covered item gives its `councilQuestion`, grouped by the six steps
 * in their order (steps without such items are left out). The question comes
 * from the item itself, or else from `checklist` (the knowledge base's items).
 */
export function councilQuestions(
  items: readonly CheckedItem[],
  checklist: readonly Pick<ChecklistItem, 'id' | 'councilQuestion'>[] = [],
): CouncilQuestionGroup[] {
  const fromKb = new Map(checklist.map((c) => [c.id, c.councilQuestion]));
  const open = items
    .filter((i): i is CheckedItem & { status: 'partial' | 'missing' } => i.status !== 'covered')
    .sort((a, b) => CHECKLIST_IDS.indexOf(a.id) - CHECKLIST_IDS.indexOf(b.id));
  const groups = new Map<Step, CouncilQuestionGroup>();
  for (const item of open) {
    const question = item.councilQuestion ?? fromKb.get(item.id);
    if (!question) throw new Error(`checklist item ${item.id} has no councilQuestion: pass the knowledge base's checklist`);
    const step = CHECKLIST_STEPS[item.id];
    if (!groups.has(step)) groups.set(step, { step, questions: [] });
    groups.get(step)!.questions.push({ id: item.id, status: item.status, question });
  }
  return STEPS.filter((s) => groups.has(s)).map((s) => groups.get(s)!);
}
