/**
 * Messages between the content script, the panel, the popup and the
 * background, as zod/mini schemas (small enough for the content script).
 * Every receiver validates; anything unknown is ignored.
 */
import * as z from 'zod/mini';
import { DOMAINS, GROUNDS, TYPES } from '../../core/taxonomy';

const text = z.string().check(z.minLength(1), z.maxLength(2_000_000));

export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('wegwijzer:match'), text }),
  z.strictObject({ type: z.literal('wegwijzer:check'), text }),
  z.strictObject({
    type: z.literal('wegwijzer:search'),
    q: z.string().check(z.maxLength(200)),
    domain: z.optional(z.enum(DOMAINS)),
    ground: z.optional(z.enum(GROUNDS)),
    type_: z.optional(z.enum(TYPES)),
  }),
  z.strictObject({ type: z.literal('wegwijzer:check-page'), tabId: z.number() }),
  z.strictObject({ type: z.literal('wegwijzer:highlight'), tabId: z.number(), sentence: z.string().check(z.minLength(1), z.maxLength(5000)) }),
]);
export type Request = z.output<typeof RequestSchema>;

/** Which engine answered: the server, private mode by choice, or private mode because the server was down. */
export const ModeSchema = z.enum(['api', 'private', 'fallback']);
export type Mode = z.output<typeof ModeSchema>;

export const ErrorKindSchema = z.enum(['unreachable', 'timeout', 'invalid', 'rejected', 'no-text', 'not-allowed', 'internal']);
export type ErrorKind = z.output<typeof ErrorKindSchema>;

export const FailureSchema = z.strictObject({ ok: z.literal(false), error: ErrorKindSchema, message: z.string() });
export type Failure = z.output<typeof FailureSchema>;

/** An answer: data of a schema the caller names, with the mode that produced it, or a failure. */
export const answerSchema = <T extends z.ZodMiniType>(data: T) =>
  z.union([z.strictObject({ ok: z.literal(true), mode: ModeSchema, data }), FailureSchema]);
export type Answer<T> = { ok: true; mode: Mode; data: T } | Failure;

export const PageSourceSchema = z.enum(['page', 'selection']);

export const failure = (error: ErrorKind, message = ''): Failure => ({ ok: false, error, message });
