/**
 * Zod schemas for the three record kinds of the knowledge base. The types the
 * rest of the code uses are inferred from these, never written twice.
 *
 * One definition, two strictnesses:
 *   - authoring (the exports below): what data:check enforces on data/,
 *     plain text only, trimmed, sized, https sources;
 *   - wire (`WireSchemas`): what the extension accepts from the API before
 *     rendering, the same shape and limits, but text is just text. Whatever
 *     a string holds, it is rendered as text, never as HTML.
 */
import * as z from 'zod/mini';
import { CHECKLIST_IDS, COUNCIL_INSTRUMENTS, COUNCIL_ROLES, DOMAINS, FORMS, GROUNDS, ROLES, STEPS, TYPES } from './taxonomy';

/** Tags such as `<img src=x>` or `</p>`: record text is plain text, rendered as text. */
const HTML_TAG = /<\/?[a-z!][^>]*>/i;

type Text = (max: number) => z.ZodMiniType<string>;

/** Plain text: trimmed, not empty, no HTML, at most `max` characters. */
export const plainText: Text = (max) =>
  z.string({ error: 'must be text' }).check(
    z.trim(),
    z.minLength(1, 'is empty; write the text'),
    z.maxLength(max, `is too long (at most ${max} characters); shorten it`),
    z.refine((s) => !HTML_TAG.test(s), 'contains HTML; write plain text without tags'),
  );

/** Text from the API: any string of a sane size. */
const wireText: Text = (max) => z.string().check(z.maxLength(max));

const canParse = (s: string) => {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
};

/** Links are followed by users: https only, on both sides. */
export const httpsUrl = z.string({ error: 'must be a web address' }).check(
  z.trim(),
  z.maxLength(600, 'is too long (at most 600 characters)'),
  z.refine(canParse, 'is not a valid web address'),
  z.refine((s) => !canParse(s) || new URL(s).protocol === 'https:', 'must start with https://'),
);

const idSlug = z
  .string({ error: 'must be text' })
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens (e.g. anoniem-solliciteren)'),
    z.maxLength(80, 'is too long (at most 80 characters)'),
  );

const list = <T extends z.ZodMiniType>(item: T, min: number, max: number, what: string) =>
  z
    .array(item, { error: `must be a list of ${what}` })
    .check(
      z.minLength(min, min === 1 ? `needs at least one ${what}` : `needs at least ${min} ${what}`),
      z.maxLength(max, `has too many entries (at most ${max})`),
    );

export const DomainSchema = z.enum(DOMAINS);
export const GroundSchema = z.enum(GROUNDS);
export const TypeSchema = z.enum(TYPES);
export const RoleSchema = z.enum(ROLES);
export const StepSchema = z.enum(STEPS);
export const ChecklistIdSchema = z.enum(CHECKLIST_IDS);
export const FormSchema = z.enum(FORMS);
export const CouncilRoleSchema = z.enum(COUNCIL_ROLES);
export const CouncilInstrumentSchema = z.enum(COUNCIL_INSTRUMENTS);

function recordSchemas(text: Text) {
  const SourceSchema = z.strictObject({ title: text(200), url: z.optional(httpsUrl) });

  const sources = list(SourceSchema, 1, 12, 'source').check(
    z.refine((s) => s.some((x) => x.url), 'needs at least one source with a url (https://…) where the fact was found'),
  );

  /** Words and phrases a policy officer would write; they feed the search index. */
  const keywords = list(text(80), 3, 60, 'keyword');

  const InterventionSchema = z.strictObject({
    id: idSlug,
    title: text(120),
    summary: text(400),
    description: text(3000),
    domains: list(DomainSchema, 1, 11, 'domain'),
    grounds: list(GroundSchema, 1, 8, 'ground'),
    /** Specific forms of discrimination; each needs its ground in `grounds` (checked in core/kb/validate.ts). */
    forms: z.optional(list(FormSchema, 1, 6, 'form')),
    types: list(TypeSchema, 1, 11, 'type'),
    roles: z._default(list(RoleSchema, 0, 3, 'role'), []),
    targetGroups: list(text(200), 1, 10, 'target group'),
    provider: z.optional(text(200)),
    municipalities: z._default(list(text(80), 0, 30, 'municipality'), []),
    /** 'Wat werkt' elements: the mechanisms the intervention relies on. */
    whatWorks: z._default(list(text(300), 0, 8, "'wat werkt' element"), []),
    /** Honest note on evidence: what is known, or "geen effectonderzoek bekend". */
    evidence: text(800),
    /** Set where the facts say the approach can backfire. */
    warning: z.optional(text(600)),
    /** What the facts mark uncertain. */
    uncertain: z.optional(text(600)),
    inKisDatabase: z.optional(z.boolean({ error: 'must be true or false' })),
    keywords,
    sources,
  });

  const GuidanceSchema = z.strictObject({
    id: idSlug,
    kind: z.enum(['do', 'dont']),
    text: text(240),
    /** Why it matters, in one or two sentences. (Not `why`: in match results `why` says why a record matched.) */
    reason: text(700),
    steps: list(StepSchema, 1, 6, 'step'),
    domains: z._default(list(DomainSchema, 0, 11, 'domain'), []),
    /** The grounds the advice is specific to (none: it applies to all). Needed when `forms` is set. */
    grounds: z.optional(list(GroundSchema, 1, 8, 'ground')),
    forms: z.optional(list(FormSchema, 1, 6, 'form')),
    keywords,
    uncertain: z.optional(text(600)),
    sources,
  });

  /**
   * A detection cue: groups joined by " + " must all occur in one sentence;
   * within a group, alternatives are separated by "|" and may be phrases.
   * Example: "adv|antidiscriminatievoorziening + bijstand|klacht registreren".
   */
  const CueSchema = text(400).check(
    z.refine(
      (s) => s.split('+').every((g) => g.split('|').every((alt) => alt.trim().length > 0)),
      'is not a valid cue: write groups joined by " + ", alternatives by "|", none empty',
    ),
  );

  const ChecklistItemSchema = z.strictObject({
    id: ChecklistIdSchema,
    step: StepSchema,
    question: text(200),
    /** The question a council member can put to the college when the item is missing or weak (Dutch). */
    councilQuestion: text(300),
    explanation: text(800),
    good: text(600),
    advice: text(600),
    cues: z.strictObject({
      /** One sentence matching one of these shows the item is covered. */
      covered: list(CueSchema, 1, 60, 'cue'),
      /** A match here alone shows the item is partly covered. */
      partial: z._default(list(CueSchema, 0, 60, 'cue'), []),
      /** Cues read only in headings ("Waar staan we voor"): the paragraph under such a heading is about the item. */
      headings: z._default(list(CueSchema, 0, 30, 'heading cue'), []),
      /** Example sentences in several phrasings, in our own words: a sentence much like one of them is evidence. */
      examples: z._default(list(text(300), 0, 30, 'example sentence'), []),
      /** What people report ("inwoners vertellen dat …") is this item's own evidence: a reported sentence counts in full. */
      reportsCount: z._default(z.boolean(), false),
    }),
    keywords,
    sources,
  });

  /**
   * Council material for the raadslid lens: an instrument a council member
   * can use, a real example from the facts (a motie, questions a council
   * asked, an indicator set, a rekenkamer study), or a question for a council
   * session (the seed's "In gesprek" slide).
   */
  const CouncilRecordSchema = z.strictObject({
    id: idSlug,
    kind: z.enum(['instrument', 'voorbeeld', 'gespreksvraag']),
    title: text(160),
    /** One or two sentences: what it is, or what happened. */
    summary: text(500),
    /** How to use it, or what a council member can learn from it. */
    description: z.optional(text(2000)),
    instrument: z.optional(CouncilInstrumentSchema),
    councilRoles: list(CouncilRoleSchema, 1, 4, 'council role'),
    /** Steps and checklist items the record helps a council member act on. */
    steps: z._default(list(StepSchema, 0, 6, 'step'), []),
    checklist: z._default(list(ChecklistIdSchema, 0, 24, 'checklist id'), []),
    /** Practical steps or tips, in order. */
    tips: z._default(list(text(300), 0, 8, 'tip'), []),
    domains: z._default(list(DomainSchema, 0, 11, 'domain'), []),
    grounds: z._default(list(GroundSchema, 0, 8, 'ground'), []),
    forms: z.optional(list(FormSchema, 1, 6, 'form')),
    /** Where it happened and when, as the facts give it. */
    municipality: z.optional(text(80)),
    date: z.optional(text(60)),
    /** For moties and proposals: the outcome as far as the facts say. */
    outcome: z.optional(z.enum(['aangenomen', 'verworpen', 'onbekend'])),
    keywords,
    /** What the facts mark uncertain, and what a party or campaign source is (an idea or a claim, not proof). */
    uncertain: z.optional(text(600)),
    sources,
  });

  return { SourceSchema, InterventionSchema, GuidanceSchema, ChecklistItemSchema, CouncilRecordSchema };
}

export const { SourceSchema, InterventionSchema, GuidanceSchema, ChecklistItemSchema, CouncilRecordSchema } = recordSchemas(plainText);
export const WireSchemas = recordSchemas(wireText);

export type Source = z.output<typeof SourceSchema>;
export type Intervention = z.output<typeof InterventionSchema>;
export type Guidance = z.output<typeof GuidanceSchema>;
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;
export type CouncilRecord = z.output<typeof CouncilRecordSchema>;

export const RECORD_KINDS = {
  interventions: InterventionSchema,
  guidance: GuidanceSchema,
  checklist: ChecklistItemSchema,
  council: CouncilRecordSchema,
} as const;
export type RecordKind = keyof typeof RECORD_KINDS;

/**
 * The learned reading of the checklist (data/learned/checklist.json, written
 * by `npm run learn`; see core/engine/learned.ts). Weights are stored per
 * term as flat pairs [item index, weight, …] to keep the file small.
 */
const finite = z.number({ error: 'must be a number' }).check(z.refine(Number.isFinite, 'must be a finite number'));
/**
 * Linear models, one per item or record, packed as the engine reads them: a
 * bias per item, and per term the pairs [item index, weight, …].
 */
const packedWeights = {
  bias: z.array(finite),
  weights: z.record(z.string(), z.array(finite).check(z.refine((a) => a.length % 2 === 0, 'must hold pairs [item index, weight, …]'))),
};
interface Packed {
  items: unknown[];
  bias: number[];
  weights: Record<string, number[]>;
}
const packedChecks = [
  z.refine<Packed>((m) => m.bias.length === m.items.length, { message: 'has not one bias per item', path: ['bias'] }),
  z.refine<Packed>(
    (m) => Object.values(m.weights).every((a) => a.every((v, k) => k % 2 || (Number.isInteger(v) && v >= 0 && v < m.items.length))),
    { message: 'names an item index that is not in items', path: ['weights'] },
  ),
];

export const LearnedChecklistSchema = z
  .object({
    about: z.string(),
    /** What it was trained on: which batches of tests/eval/real, and a digest of the training sentences (a stale model is caught by a test). */
    trainedOn: z.object({
      batches: z.array(z.string()),
      drafts: z.number(),
      sentences: z.number(),
      quotes: z.number(),
      examples: z.number(),
      digest: z.string(),
    }),
    settings: z.record(z.string(), z.number()),
    items: z.array(ChecklistIdSchema).check(z.minLength(1, 'lists no checklist items')),
    ...packedWeights,
    /** The verdict over a whole text (core/engine/verdict.ts): a bias and a weight per feature of what detection found. Older files have none. */
    verdict: z.optional(
      z.object({
        settings: z.record(z.string(), z.number()),
        bias: finite,
        weights: z.record(z.string(), finite),
        /** A digest of what detection found in the drafts it learnt from (scripts/learn.ts findingsDigest): stale when detection changes. */
        findings: z.optional(z.string()),
      }),
    ),
  })
  .check(...packedChecks);
export type LearnedChecklist = z.output<typeof LearnedChecklistSchema>;

/** Per record of a list, a logistic regression over a passage's terms: do readers pick it? */
const PickModelSchema = z
  .object({
    settings: z.record(z.string(), z.number()),
    items: z.array(z.string()).check(z.minLength(1, 'lists no records')),
    ...packedWeights,
  })
  .check(...packedChecks);
export type PickModel = z.output<typeof PickModelSchema>;

/**
 * Passages with what careful readers picked for them (data/learned/passages.json,
 * written by `npm run learn`; see core/engine/neighbours.ts).
 */
export const LabelledPassagesSchema = z.object({
  about: z.string(),
  trainedOn: z.object({ batches: z.array(z.string()), passages: z.number(), digest: z.string() }),
  passages: z.array(
    z.object({
      terms: z.array(z.string()),
      /** Interventions that fit what readers asked for (older files have none). */
      interventions: z._default(z.array(z.string()), []),
      guidance: z.array(z.string()),
      checklist: z.array(ChecklistIdSchema),
      /** Written from a record's own words, not picked by readers (scripts/learn/collect.ts guidancePassages). */
      own: z.optional(z.boolean()),
    }),
  ),
  /** Per list, per record: a linear model over a passage's terms of whether readers pick it (older files have none). */
  models: z._default(
    z.object({ interventions: z.optional(PickModelSchema), guidance: z.optional(PickModelSchema), checklist: z.optional(PickModelSchema) }),
    {},
  ),
});
export type LabelledPassages = z.output<typeof LabelledPassagesSchema>;

/** Everything the build produces from data/: what the worker and the extension load. */
export interface KnowledgeBase {
  version: string;
  interventions: Intervention[];
  guidance: Guidance[];
  checklist: ChecklistItem[];
  /** Council material for the raadslid lens (data/council/). */
  council: CouncilRecord[];
  /** The learned reading of the checklist (data/learned/); without it detection reads cues, examples and headings alone. */
  learned?: LearnedChecklist;
  /** Labelled passages (data/learned/): what readers picked for passages like the one highlighted. */
  passages?: LabelledPassages;
}
