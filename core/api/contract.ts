/**
 * The API contract of the spec, as zod schemas: request validation in the
 * worker, response validation in the extension before anything renders.
 * Private mode builds the same shapes from the engine (./responses.ts).
 */
import * as z from 'zod/mini';
import { ChecklistIdSchema, StepSchema, WireSchemas } from '../schema';
import { DOMAINS, GROUNDS, TYPES } from '../taxonomy';

export const LIMITS = {
  /** Characters in a highlighted passage. */
  matchChars: 10_000,
  /** Bytes in a match request body: 10,000 characters, escaped, fit easily. */
  matchBodyBytes: 64 * 1024,
  /** Bytes in a check request body. */
  checkBodyBytes: 1024 * 1024,
  /** Characters in a search query. */
  queryChars: 200,
  maxSearchLimit: 100,
} as const;

const nonEmptyText = (what: string) =>
  z.string({ error: `"text" must be a string with the ${what}` }).check(z.refine((s) => s.trim().length > 0, `"text" is empty; send the ${what}`));

export const MatchRequestSchema = z.strictObject(
  {
    // The length limit (LIMITS.matchChars) is checked after parsing, so an over-long passage gets 413, not 400.
    text: nonEmptyText('highlighted passage'),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}; send only "text"` : 'send a JSON object {"text": "…"}') },
);

export const CheckRequestSchema = z.strictObject(
  { text: nonEmptyText('text of the draft') },
  { error: (i) => (i.code === 'unrecognized_keys' ? `unknown field(s) ${i.keys.join(', ')}; send only "text"` : 'send a JSON object {"text": "…"}') },
);

/** A filter id: exactly one value, one of the taxonomy's ids. */
const filterId = <const T extends readonly [string, ...string[]]>(ids: T, name: string) =>
  z.enum(ids, { error: `"${name}" must be given once, as one of: ${ids.join(', ')}` });

export const SearchQuerySchema = z.object({
  q: z._default(
    z.string({ error: '"q" must be given once' }).check(z.maxLength(LIMITS.queryChars, `"q" is longer than ${LIMITS.queryChars} characters; shorten the query`)),
    '',
  ),
  domain: z.optional(filterId(DOMAINS, 'domain')),
  ground: z.optional(filterId(GROUNDS, 'ground')),
  type: z.optional(filterId(TYPES, 'type')),
  limit: z._default(
    z.coerce.number({ error: '"limit" must be a number' }).check(
      z.int('"limit" must be a whole number'),
      z.minimum(1, '"limit" must be at least 1'),
      z.maximum(LIMITS.maxSearchLimit, `"limit" must be at most ${LIMITS.maxSearchLimit}`),
    ),
    20,
  ),
});

// Responses: validated by the extension before anything renders. Text is text (WireSchemas).

const { InterventionSchema, GuidanceSchema, ChecklistItemSchema } = WireSchemas;

const FacetSchema = z.enum(['domain', 'ground', 'type']);
export const WhySchema = z.object({
  terms: z.array(z.string()),
  signals: z.array(z.object({ facet: FacetSchema, id: z.string() })),
});

const scored = <T extends z.ZodMiniObject>(s: T) => z.extend(s, { score: z.number(), why: WhySchema });

export const SearchResponseSchema = z.object({
  results: z.array(z.extend(InterventionSchema, { score: z.number(), matched: z.array(z.string()) })),
  total: z.number(),
});

export const MatchResponseSchema = z.object({
  interventions: z.array(scored(InterventionSchema)),
  guidance: z.array(scored(GuidanceSchema)),
  checklist: z.array(scored(ChecklistItemSchema)),
  signals: z.array(z.object({ facet: FacetSchema, id: z.string(), strength: z.number(), words: z.array(z.string()) })),
});

export const StatusSchema = z.enum(['covered', 'partial', 'missing']);
export const CheckResponseSchema = z.object({
  items: z.array(
    z.object({ id: ChecklistIdSchema, step: StepSchema, question: z.string(), status: StatusSchema, evidence: z.array(z.string()), advice: z.string() }),
  ),
  summary: z.object({ covered: z.number(), partial: z.number(), missing: z.number(), total: z.number(), sentences: z.number() }),
});

export const HealthResponseSchema = z.object({
  ok: z.literal(true),
  version: z.string(),
  counts: z.object({ interventions: z.number(), guidance: z.number(), checklist: z.number() }),
});

export const ErrorResponseSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export type SearchResponse = z.output<typeof SearchResponseSchema>;
export type MatchResponse = z.output<typeof MatchResponseSchema>;
export type CheckResponse = z.output<typeof CheckResponseSchema>;
export type HealthResponse = z.output<typeof HealthResponseSchema>;
