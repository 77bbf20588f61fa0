/**
 * Calls the Wegwijzer API from the background (content scripts are bound by
 * the page's CORS), with a timeout, and validates what comes back before
 * anyone renders it.
 */
import type * as z from 'zod/mini';
import { failure, type Answer } from '@/utils/protocol';

export const TIMEOUT_MS = 8000;

export type Fetch = typeof fetch;

const isTimeout = (err: unknown) => ['TimeoutError', 'AbortError'].includes((err as Error)?.name);

export async function callApi<T extends z.ZodMiniType>(
  apiUrl: string,
  path: string,
  schema: T,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
  fetchImpl: Fetch = fetch,
  timeoutMs = TIMEOUT_MS,
): Promise<Answer<z.output<T>>> {
  let res: Response;
  try {
    res = await fetchImpl(apiUrl + path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (err) {
    return failure(isTimeout(err) ? 'timeout' : 'unreachable');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch (err) {
    // The same timeout covers the body: one that stalls after its headers is a timeout, so it gets the fallback.
    if (isTimeout(err)) return failure('timeout');
    return failure(res.ok ? 'invalid' : 'unreachable');
  }
  if (res.status === 429) {
    const retryAfter = Number(res.headers.get('Retry-After')) || undefined;
    return failure('rate-limited', '', retryAfter ? { retryAfter } : undefined);
  }
  if (!res.ok) {
    const message = (body as { error?: { message?: unknown } })?.error?.message;
    // 5xx means the server is not usable right now: treat like unreachable so private mode can answer.
    return failure(
      res.status >= 500 ? 'unreachable' : 'rejected',
      typeof message === 'string' ? message.slice(0, 500) : `HTTP ${res.status}`,
    );
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, mode: 'api', data: parsed.data } : failure('invalid');
}
