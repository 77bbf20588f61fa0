/**
 * Conditional GETs: every GET carries the knowledge base version as ETag;
 * a matching If-None-Match gets 304 before any work is done.
 */
import type { MiddlewareHandler } from 'hono';

const matches = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v === etag || v === `W/${etag}`;
  });

export const conditionalGet = (etag: string, cacheControl: string): MiddlewareHandler =>
  async (c, next) => {
    if (matches(c.req.header('If-None-Match'), etag)) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': cacheControl });
    }
    await next();
    if (c.res.status === 200) {
      c.header('ETag', etag);
      c.header('Cache-Control', cacheControl);
    }
  };
