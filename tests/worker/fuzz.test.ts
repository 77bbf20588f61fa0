/**
 * Thousands of random and malformed requests (methods, paths, headers,
 * bodies, content types, query strings) against the worker inside workerd:
 * no answer is ever a 5xx, and every 4xx is the JSON error shape.
 *
 * Requests are sampled with fast-check from a logged seed and handed to the
 * worker's fetch handler in a plain loop, inside workerd. (Thousands of
 * SELF.fetch round trips slow the test pool down to a crawl; the handler is
 * the same.)
 */
import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { request } from './fuzz-arbs';

const RUNS = 10_000;

describe('fuzz', () => {
  it(`answers ${RUNS} random requests without a 5xx, with a JSON error for every 4xx`, async () => {
    const seed = Date.now() % 2 ** 31;
    const statuses = new Map<number, number>();
    for (const r of fc.sample(request, { numRuns: RUNS, seed })) {
      const qs = r.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
      const headers = new Headers();
      for (const [k, v] of Object.entries(r.headers)) {
        try {
          headers.set(k, v);
        } catch {
          /* not a valid header value: a real client cannot send it either */
        }
      }
      if (r.type) headers.set('Content-Type', r.type);
      const hasBody = !['GET', 'HEAD'].includes(r.method);
      const url = `http://wegwijzer.test${r.path}${qs ? `?${qs}` : ''}`;
      const res = await worker.fetch(new Request(url, { method: r.method, headers, body: hasBody ? r.body : undefined }), env);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const what = `seed ${seed}: ${r.method} ${url} (${r.type}) body ${JSON.stringify(hasBody ? r.body.slice(0, 200) : '')}`;
      expect(res.status, what).toBeLessThan(500);
      if (res.status >= 400 && r.method !== 'HEAD') {
        const json = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
        expect(typeof json.error?.code, what).toBe('string');
        expect(typeof json.error?.message, what).toBe('string');
      } else {
        await res.arrayBuffer();
      }
    }
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    console.log(`fuzz (seed ${seed}): ${total} requests, 5xx: 0, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(total).toBe(RUNS);
  }, 120_000);
});
