/**
 * JSON answers to what a user sent (search, match, check), capped at
 * LIMITS.responseBytes. The caps in core/api/responses.ts keep answers far
 * below it; this is the backstop, so no input can make a huge answer.
 */
import type { Context } from 'hono';
import { LIMITS } from '../core/api/limits';
import { errorResponse } from './errors';

const encoder = new TextEncoder();

export function boundedJson(c: Context, body: unknown, advice: string) {
  const bytes = encoder.encode(JSON.stringify(body)) as Uint8Array<ArrayBuffer>;
  if (bytes.byteLength > LIMITS.responseBytes) {
    return errorResponse(c, 413, 'payload_too_large', `The answer would be larger than ${LIMITS.responseBytes / 1024} KB; ${advice}.`);
  }
  return c.body(bytes, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
}
