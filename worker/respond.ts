/**
 * JSON answers to what a user sent (search, match, check), capped at
 * LIMITS.responseBytes. The caps in core/api/responses.ts keep answers far
 * below it; this is the backstop, so no input can make a huge answer.
 */
import type { Context } from 'hono';
import { LIMITS } from '../core/api/limits';
import { errorResponse } from './errors';

const encoder = new TextEncoder();

export const boundedJson = (c: Context, body: unknown, advice: string) => boundedJsonText(c, JSON.stringify(body), advice);

/** An answer already serialised, sent as bytes (in Node a string body costs half as much again: undici checks it and encodes it itself). */
export function boundedJsonText(c: Context, json: string, advice: string) {
  const bytes = encoder.encode(json) as Uint8Array<ArrayBuffer>;
  if (bytes.byteLength > LIMITS.responseBytes) {
    return errorResponse(c, 413, 'payload_too_large', `The answer would be larger than ${LIMITS.responseBytes / 1024} KB; ${advice}.`);
  }
  return c.body(bytes, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
}
