/**
 * For POST routes: JSON only (415 otherwise), and a size limit enforced
 * before the body is parsed (413). A chunked body (no Content-Length) is read
 * only up to the limit. A body answered early is drained, not cancelled:
 * under `wrangler dev` a cancelled body stalled the next requests, even on
 * other connections, or made them answer 503.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from '../errors';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;
/** Past this much, a body we will not use is cancelled after all (a client sending that much gets a broken connection). */
const DRAIN_BYTES = 8 * 1024 * 1024;

export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0].trim();
  if (!JSON_TYPE.test(type)) {
    return errorResponse(
      c,
      415,
      'unsupported_media_type',
      `Send the body as JSON with Content-Type: application/json${type ? ` (got ${type.slice(0, 60)})` : ''}.`,
    );
  }
  await next();
};

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, seen = 0) {
  try {
    for (let size = seen; size <= DRAIN_BYTES;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
    }
    await reader.cancel();
  } catch {
    /* the client went away: nothing to drain */
  }
}

/** After the answer: a request body nobody read (an early 4xx) is drained. */
export const drainUnread: MiddlewareHandler = async (c, next) => {
  await next();
  const body = c.req.raw.body;
  if (body && !body.locked && !c.req.raw.bodyUsed) await drain(body.getReader());
};

/** The body, if it has at most maxBytes; null (and the rest drained) if it has more. */
async function readUpTo(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await drain(reader, size);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const tooLarge = (c: Context, maxBytes: number, what: string) =>
  errorResponse(c, 413, 'payload_too_large', `The request is larger than ${Math.round(maxBytes / 1024)} KB; ${what}.`);

export const limitBody =
  (maxBytes: number, what: string): MiddlewareHandler =>
  async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header('Content-Length');
    if (declared !== undefined && !c.req.header('Transfer-Encoding')) {
      return Number(declared) <= maxBytes ? next() : tooLarge(c, maxBytes, what);
    }
    const bytes = await readUpTo(body, maxBytes);
    if (!bytes) return tooLarge(c, maxBytes, what);
    c.req.raw = new Request(c.req.raw, { body: bytes });
    return next();
  };
