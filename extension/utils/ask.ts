/**
 * Sends a request to the background and validates the answer before it is
 * rendered: data that does not match the API contract is never shown.
 */
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import { answerSchema, failure, type Answer, type Request } from './messages';

export async function ask<T extends z.ZodMiniType>(request: Request, data: T): Promise<Answer<z.output<T>>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(request);
  } catch {
    return failure('internal');
  }
  const parsed = answerSchema(data).safeParse(raw);
  return parsed.success ? (parsed.data as Answer<z.output<T>>) : failure('invalid');
}
