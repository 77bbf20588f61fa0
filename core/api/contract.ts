/**
 * The API contract of the spec, as zod schemas: request validation in the
 * worker, response validation in the extension before anything renders.
 * Private mode builds the same shapes from the engine (./responses.ts).
 */
import * as z from 'zod/mini';
import { ChecklistIdSchema, CouncilRoleSchema, FormSchema, StepSchema, WireSchemas } from '../schema';
import { AUDIENCES, DOMAINS, GROUNDS, TYPES } from '../taxonomy';

import { LIMITS } from './limits';

export { LIMITS };

/** An unknown field is named, but never all of them: a body with 100,000 keys gets a short error, not the keys back. */
const onlyText = (i: { code: string; keys?: string[] }) => {
  if (i.code !== 'unrecognized_keys') return 'send a JSON object {"text": "…"}';
  const keys = i.keys ?? [];
  const named = keys.slice(0, 3).map((k) => JSON.stringify(k.slice(0, 40)));
  return `unknown field${keys.length > 1 ? 's' : ''} ${named.join(', ')}${keys.length > 3 ? ` and ${keys.length - 3} more` : ''}; send only "text" (and, if you like, "audience")`;
};

/** Who reads the answer: "raad" adds what a council member needs (council questions, the council lens). */
const audience = z.optional(z.enum(AUDIENCES, { error: `"audience" must be one of: ${AUDIENCES.join(', ')}` }));

const nonEmptyText = (what: string) =>
  z
    .string({ error: `"text" must be a string with the ${what}` })
    .check(z.refine((s) => s.trim().length > 0, `"text" is empty; send the ${what}`));

export const MatchRequestSchema = z.strictObject(
  {
    // The length limit (LIMITS.matchChars) is checked after parsing, so an over-long passage gets 413, not 400.
    text: nonEmptyText('highlighted passage'),
    audience,
  },
  { error: onlyText },
);

export const CheckRequestSchema = z.strictObject({ text: nonEmptyText('text of the draft'), audience }, { error: onlyText });

/** A filter id: exactly one value, one of the taxonomy's ids. */
const filterId = <const T extends readonly [string, ...string[]]>(ids: T, name: string) =>
  z.enum(ids, { error: `"${name}" must be given once, as one of: ${ids.join(', ')}` });

export const SearchQuerySchema = z.object({
  q: z._default(
    z
      .string({ error: '"q" must be given once' })
      .check(z.maxLength(LIMITS.queryChars, `"q" is longer than ${LIMITS.queryChars} characters; shorten the query`)),
    '',
  ),
  domain: z.optional(filterId(DOMAINS, 'domain')),
  ground: z.optional(filterId(GROUNDS, 'ground')),
  type: z.optional(filterId(TYPES, 'type')),
  limit: z._default(
    z.coerce
      .number({ error: '"limit" must be a number' })
      .check(
        z.int('"limit" must be a whole number'),
        z.minimum(1, '"limit" must be at least 1'),
        z.maximum(LIMITS.maxSearchLimit, `"limit" must be at most ${LIMITS.maxSearchLimit}`),
      ),
    LIMITS.defaultSearchLimit,
  ),
});

export type SearchQuery = z.output<typeof SearchQuerySchema>;
/** The popup's filters: one taxonomy id per facet, each optional. */
export type SearchFilters = Pick<SearchQuery, 'domain' | 'ground' | 'type'>;

// Responses: validated by the extension before anything renders. Text is text (WireSchemas).

const { InterventionSchema, GuidanceSchema, ChecklistItemSchema, CouncilRecordSchema, SourceSchema } = WireSchemas;

const FacetSchema = z.enum(['domain', 'ground', 'type']);
/** Why a checklist verdict counts: a cue, a name (an ADV by its own name), an example sentence, a heading, the learned reading; in a match, also: readers picked it for similar passages. */
const ReasonKindSchema = z.enum(['cue', 'name', 'example', 'heading', 'learned', 'similar']);
export const WhySchema = z.object({
  terms: z.array(z.string()),
  signals: z.array(z.object({ facet: FacetSchema, id: z.string() })),
  /** Checklist items only: the detector's reasons, as the check gives them. */
  reasons: z.optional(z.array(z.object({ kind: ReasonKindSchema, detail: z.string() }))),
});

const scored = <T extends z.ZodMiniObject>(s: T) => z.extend(s, { score: z.number(), why: WhySchema });

export const SearchResponseSchema = z.object({
  results: z.array(z.extend(InterventionSchema, { score: z.number(), matched: z.array(z.string()) })),
  total: z.number(),
});

/** The raadslid lens on a passage (match with audience "raad"): per council role, the fitting instruments and real examples. */
export const CouncilSectionSchema = z.object({
  roles: z.array(
    z.object({
      role: CouncilRoleSchema,
      hits: z.array(
        z.extend(CouncilRecordSchema, {
          score: z.number(),
          why: z.object({ terms: z.array(z.string()), checklist: z.array(ChecklistIdSchema), forms: z.array(FormSchema) }),
        }),
      ),
    }),
  ),
  /** Forms of discrimination the passage names. */
  forms: z.array(FormSchema),
  /** The seed's questions for a council session. */
  conversation: z.array(CouncilRecordSchema),
});

export const MatchResponseSchema = z.object({
  interventions: z.array(scored(InterventionSchema)),
  guidance: z.array(scored(GuidanceSchema)),
  checklist: z.array(scored(ChecklistItemSchema)),
  signals: z.array(z.object({ facet: FacetSchema, id: z.string(), strength: z.number(), words: z.array(z.string()) })),
  /** Only for audience "raad". */
  council: z.optional(CouncilSectionSchema),
});

export const StatusSchema = z.enum(['covered', 'partial', 'missing']);
export const CheckResponseSchema = z.object({
  items: z.array(
    z.object({
      id: ChecklistIdSchema,
      step: StepSchema,
      question: z.string(),
      status: StatusSchema,
      evidence: z.array(z.string()),
      /** Why each piece of evidence counts; `evidence` is its index in `evidence`. */
      reasons: z.array(z.object({ kind: ReasonKindSchema, detail: z.string(), evidence: z.number() })),
      advice: z.string(),
      /** A missing item only: a sentence detection found that the learnt verdict did not count, and why (quoted and capped as evidence is). */
      setAside: z.optional(z.object({ evidence: z.string(), detail: z.string() })),
      /** Only for audience "raad": the question to put to the college when the item is missing or weak. */
      councilQuestion: z.optional(z.string()),
      /** Where the item's explanation and advice come from, for the exported report. */
      sources: z.array(SourceSchema),
    }),
  ),
  summary: z.object({ covered: z.number(), partial: z.number(), missing: z.number(), total: z.number(), sentences: z.number() }),
});

export const HealthResponseSchema = z.object({
  ok: z.literal(true),
  version: z.string(),
  counts: z.object({ interventions: z.number(), guidance: z.number(), checklist: z.number(), council: z.number() }),
});

export const ErrorResponseSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

const LabelledSchema = z.object({ id: z.string(), label: z.object({ nl: z.string(), en: z.string() }) });
export const TaxonomyResponseSchema = z.object({
  domains: z.array(LabelledSchema),
  grounds: z.array(LabelledSchema),
  types: z.array(LabelledSchema),
  roles: z.array(LabelledSchema),
  steps: z.array(LabelledSchema),
  checklist: z.array(z.object({ id: ChecklistIdSchema, step: StepSchema })),
  forms: z.array(LabelledSchema),
  councilRoles: z.array(LabelledSchema),
  councilInstruments: z.array(LabelledSchema),
  audiences: z.array(LabelledSchema),
});

/** GET /api/interventions: every intervention, compact (for overviews). */
export const InterventionListResponseSchema = z.object({
  interventions: z.array(z.pick(InterventionSchema, { id: true, title: true, summary: true, domains: true, grounds: true, types: true })),
  total: z.number(),
});
export const GuidanceListResponseSchema = z.object({ guidance: z.array(GuidanceSchema), total: z.number() });
export const ChecklistListResponseSchema = z.object({ checklist: z.array(ChecklistItemSchema), total: z.number() });

export type Why = z.output<typeof WhySchema>;
export type SearchResponse = z.output<typeof SearchResponseSchema>;
export type MatchResponse = z.output<typeof MatchResponseSchema>;
export type CouncilSection = z.output<typeof CouncilSectionSchema>;
export type CheckResponse = z.output<typeof CheckResponseSchema>;
export type HealthResponse = z.output<typeof HealthResponseSchema>;
export type TaxonomyResponse = z.output<typeof TaxonomyResponseSchema>;
export type InterventionListResponse = z.output<typeof InterventionListResponseSchema>;
export type GuidanceListResponse = z.output<typeof GuidanceListResponseSchema>;
export type ChecklistListResponse = z.output<typeof ChecklistListResponseSchema>;
