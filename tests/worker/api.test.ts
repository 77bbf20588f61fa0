/**
 * The API contract, inside workerd: every route, every error case, caching
 * and CORS. Requests go through the worker's real entry (SELF).
 */
import { SELF } from 'cloudflare:test';
import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { onError } from '../../worker/errors';
import { ErrorResponseSchema } from '../../core/api/contract';
import { SNAPSHOT_FORMAT } from '../../core/engine/snapshot';
import { CHECKLIST_IDS } from '../../core/taxonomy';

const BASE = 'http://wegwijzer.test';
const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(BASE + path, { headers });
const post = (path: string, body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  SELF.fetch(BASE + path, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function expectError(res: Response, status: number, code: string, says?: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
  const json = await res.json();
  expect(ErrorResponseSchema.safeParse(json).success).toBe(true);
  const body = json as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  if (says) expect(body.error.message).toMatch(says);
}

describe('GET routes', () => {
  it('health reports version and counts', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; version: string; counts: Record<string, number> };
    expect(body.ok).toBe(true);
    expect(body.version).toMatch(/^kb-[0-9a-f]{12}$/);
    expect(body.counts.interventions).toBeGreaterThanOrEqual(80);
    expect(body.counts.guidance).toBeGreaterThanOrEqual(40);
    expect(body.counts.checklist).toBe(24);
  });

  it('search finds, filters and limits', async () => {
    const res = await get('/api/search?q=stage&limit=3');
    const body = (await res.json()) as { results: { id: string; title: string; score: number }[]; total: number };
    expect(res.status).toBe(200);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(3);
    const sport = (await (await get('/api/search?domain=sport')).json()) as { results: { domains: string[] }[] };
    expect(sport.results.length).toBeGreaterThan(0);
    expect(sport.results.every((r) => r.domains.includes('sport'))).toBe(true);
  });

  it('lists interventions compactly and serves one by id', async () => {
    const list = (await (await get('/api/interventions')).json()) as {
      interventions: { id: string; description?: string }[];
      total: number;
    };
    expect(list.total).toBe(list.interventions.length);
    expect(list.interventions[0].description).toBeUndefined();
    const one = await get(`/api/interventions/${list.interventions[0].id}`);
    expect(one.status).toBe(200);
    expect(((await one.json()) as { description: string }).description.length).toBeGreaterThan(20);
  });

  it('serves guidance, checklist and taxonomy', async () => {
    const g = (await (await get('/api/guidance')).json()) as { guidance: { kind: string }[] };
    expect(g.guidance.some((x) => x.kind === 'do') && g.guidance.some((x) => x.kind === 'dont')).toBe(true);
    const c = (await (await get('/api/checklist')).json()) as { checklist: { id: string }[] };
    expect(c.checklist.map((x) => x.id)).toEqual(CHECKLIST_IDS);
    const t = (await (await get('/api/taxonomy')).json()) as { domains: { id: string; label: { nl: string } }[] };
    expect(t.domains.map((d) => d.id)).toContain('arbeidsmarkt');
  });

  it('serves the index snapshot for private mode', async () => {
    const res = await get('/api/index');
    expect(res.status).toBe(200);
    const snap = (await res.json()) as { format: number; version: string; index: unknown; kb: string };
    expect(snap.format).toBe(SNAPSHOT_FORMAT);
    expect((JSON.parse(snap.kb) as { checklist: unknown[] }).checklist).toHaveLength(24);
    expect(res.headers.get('ETag')).toBe(`"${snap.version}"`);
  });

  it('serves the demo page and the README', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<textarea');
    expect(html).toContain('contenteditable');
    expect(html).toContain('href="/readme"');
    expect((await get('/readme')).status).toBe(200);
  });
});

describe('POST routes', () => {
  it('match returns the three lists, best first, with score and why', async () => {
    const res = await post('/api/match', { text: 'Portiers van clubs weigeren jongeren van kleur de toegang.' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<'interventions' | 'guidance' | 'checklist', { score: number; why: { terms: string[] } }[]>;
    for (const list of ['interventions', 'guidance', 'checklist'] as const) expect(Array.isArray(body[list])).toBe(true);
    const scores = body.interventions.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.interventions[0].why.terms.length).toBeGreaterThan(0);
  });

  it('check returns all 24 items with status, quoted evidence and advice', async () => {
    const text =
      'Voor de uitvoering is jaarlijks 90.000 euro opgenomen in de begroting. De raad ontvangt elk jaar een voortgangsrapportage.';
    const res = await post('/api/check', { text });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      items: { id: string; status: string; evidence: string[]; advice: string }[];
      summary: { total: number };
    };
    expect(body.items).toHaveLength(24);
    expect(body.summary.total).toBe(24);
    const begroting = body.items.find((i) => i.id === 'begroting')!;
    expect(begroting.status).toBe('covered');
    expect(begroting.evidence.every((e) => text.includes(e))).toBe(true);
  });
});

describe('errors', () => {
  it('malformed JSON → 400', async () => expectError(await post('/api/match', '{"text": '), 400, 'invalid_json', /JSON/));
  it('wrong type → 400', async () => expectError(await post('/api/match', { text: 42 }), 400, 'invalid_request', /text/));
  it('empty text → 400', async () => expectError(await post('/api/check', { text: '   ' }), 400, 'invalid_request', /empty/));
  it('unknown fields → 400', async () =>
    expectError(await post('/api/match', { text: 'abc def ghi', extra: 1 }), 400, 'invalid_request', /extra/));
  it('not an object → 400', async () => expectError(await post('/api/match', '["text"]'), 400, 'invalid_request'));
  it('unknown filter id → 400 listing the allowed ids', async () =>
    expectError(await get('/api/search?domain=ruimtevaart'), 400, 'invalid_request', /arbeidsmarkt/));
  it('repeated filter → 400', async () => expectError(await get('/api/search?domain=sport&domain=wonen'), 400, 'invalid_request', /once/));
  it('bad limit → 400', async () => expectError(await get('/api/search?q=x&limit=1000'), 400, 'invalid_request', /limit/));
  it('over-long query → 400', async () => expectError(await get(`/api/search?q=${'a'.repeat(300)}`), 400, 'invalid_request', /q/));
  it('wrong content type → 415', async () =>
    expectError(
      await post('/api/match', 'text=hallo', { 'Content-Type': 'text/plain' }),
      415,
      'unsupported_media_type',
      /application\/json/,
    ));
  it('no content type → 415', async () => expectError(await post('/api/match', '{"text":"a b c"}', {}), 415, 'unsupported_media_type'));
  it('match over 10,000 characters → 413', async () =>
    expectError(await post('/api/match', { text: 'woord '.repeat(2000) }), 413, 'payload_too_large', /10,000/));
  it('match body over its byte limit → 413 before parsing', async () =>
    expectError(await post('/api/match', `{"text": "${'x'.repeat(70_000)}`), 413, 'payload_too_large'));
  it('check body over 1 MB → 413', async () =>
    expectError(await post('/api/check', { text: 'woord '.repeat(200_000) }), 413, 'payload_too_large'));
  it('unknown route → 404', async () => expectError(await get('/api/nope'), 404, 'not_found'));
  it('unknown intervention → 404', async () => expectError(await get('/api/interventions/bestaat-niet'), 404, 'not_found', /bestaat-niet/));
  it('wrong method → 405 with Allow', async () => {
    const res = await SELF.fetch(`${BASE}/api/match`, { method: 'GET' });
    expect(res.headers.get('Allow')).toBe('POST');
    await expectError(res, 405, 'method_not_allowed');
  });
});

describe('unexpected faults', () => {
  it('answer 500 in the same shape, with no stack trace and no request text in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = new Hono().post('/boom', async (c) => {
      throw new Error(`secret draft text: ${await c.req.text()}`);
    });
    app.onError(onError);
    const res = await app.request('/boom', { method: 'POST', body: 'Vertrouwelijke conceptnota' });
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status).toBe(500);
    expect(body.error.code).toBe('internal_error');
    expect(JSON.stringify(body)).not.toMatch(/Vertrouwelijke|at .*\.ts|Error:/);
    expect(log.mock.calls.flat().join(' ')).not.toContain('Vertrouwelijke');
  });
});

describe('caching', () => {
  it('GET responses carry the version as ETag, and If-None-Match gets 304', async () => {
    const first = await get('/api/checklist');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"kb-/);
    expect(first.headers.get('Cache-Control')).toMatch(/max-age/);
    const again = await get('/api/checklist', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const weak = await get('/api/index', { 'If-None-Match': `W/${etag}` });
    expect(weak.status).toBe(304);
    expect((await get('/api/checklist', { 'If-None-Match': '"kb-old"' })).status).toBe(200);
  });

  it('health is never cached', async () => {
    expect((await get('/api/health')).headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    SELF.fetch(`${BASE}/api/match`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });

  it('allows extension origins and localhost', async () => {
    for (const origin of [
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
      'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc',
      'http://localhost:3000',
    ]) {
      const res = await preflight(origin);
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      const got = await get('/api/health', { Origin: origin });
      expect(got.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    }
  });

  it('never allows a web origin', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
      expect((await preflight(origin)).headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect((await get('/api/health', { Origin: origin })).headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });
});
