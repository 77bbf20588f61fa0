/**
 * For POST routes: JSON only (415 otherwise), and a size limit enforced
 * before the body is read or parsed (413).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from '../errors';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0].trim();
  if (!JSON_TYPE.test(type)) {
    return errorResponse(c, 415, 'unsupported_media_type', `Send the body as JSON with Content-Type: application/json${type ? ` (got ${type.slice(0, 60)})` : ''}.`);
  }
  await next();
};

export const limitBody = (maxBytes: number, what: string): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      errorResponse(c, 413, 'payload_too_large', `The request is larger than ${Math.round(maxBytes / 1024)} KB; ${what}.`),
  });
