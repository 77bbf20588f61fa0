/**
 * Caching, per route. Public data (the knowledge base and its index) carries
 * the knowledge base version as ETag; a matching If-None-Match gets 304, but
 * only where the answer would have been 200: `If-None-Match: *` on an unknown
 * id or an invalid query gets its 404 or 400, never a 304. Answers that
 * depend on what a user sent (search, match, check) are never stored.
 */
import type { MiddlewareHandler } from 'hono';

export const PUBLIC_DATA = 'public, max-age=300, must-revalidate';

const matches = (header: string | undefined, etag: string) =>
  !!header &&
  header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v === etag || v === `W/${etag}`;
  });

/** ETag and Cache-Control on a 200; a 304 instead when the client has it already. */
export const conditionalGet =
  (etag: string, cacheControl = PUBLIC_DATA): MiddlewareHandler =>
  async (c, next) => {
    await next();
    if (c.res.status !== 200) return;
    c.header('ETag', etag);
    c.header('Cache-Control', cacheControl);
    if (!matches(c.req.header('If-None-Match'), etag)) return;
    const headers = new Headers(c.res.headers);
    headers.delete('Content-Type');
    headers.delete('Content-Length');
    c.res = undefined;
    c.res = new Response(null, { status: 304, headers });
  };

/** Users' queries and texts are not for any cache, shared or private. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
