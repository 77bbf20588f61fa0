/**
 * Every error leaves the worker as `{ "error": { "code", "message" } }` with a
 * message a person can act on. Nothing of the request text is logged.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import type * as z from 'zod/mini';
import { LIMITS } from '../core/api/limits';

export type ErrorCode =
  | 'bad_request'
  | 'invalid_json'
  | 'invalid_request'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'not_found'
  | 'method_not_allowed'
  | 'rate_limited'
  | 'internal_error';

/** Cut to at most `max` characters: messages may quote what the client sent. */
export const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** An error answer: never cached, its message capped (LIMITS.errorChars). */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  headers?: Record<string, string>,
) {
  return c.json({ error: { code, message: cut(message, LIMITS.errorChars) } }, status, { 'Cache-Control': 'no-store', ...headers });
}

/** Zod issues as one readable sentence: `text: "text" is empty; send …`. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => {
      const field = i.path.join('.');
      return field && !i.message.includes(`"${field}"`) ? `${field}: ${i.message}` : i.message;
    })
    .join('; ');
}

export function onError(err: Error, c: Context) {
  if (err instanceof HTTPException) {
    if (err.status === 413) return errorResponse(c, 413, 'payload_too_large', 'The request body is too large.');
    const malformed = /malformed json/i.test(err.message);
    return errorResponse(
      c,
      err.status as ContentfulStatusCode,
      malformed ? 'invalid_json' : 'bad_request',
      malformed ? 'The body is not valid JSON; send {"text": "…"} with Content-Type: application/json.' : err.message || 'Bad request.',
    );
  }
  // Name only: messages and stacks can carry request text.
  console.error(`wegwijzer: unexpected ${err?.name ?? 'error'} on ${c.req.method} ${c.req.routePath}`);
  return errorResponse(c, 500, 'internal_error', 'Something went wrong on our side. Try again; if it keeps happening, report it.');
}

export const notFound = (c: Context) =>
  errorResponse(
    c,
    404,
    'not_found',
    `There is no ${c.req.method} ${cut(new URL(c.req.url).pathname, 100)}. See the README for the API routes.`,
  );
