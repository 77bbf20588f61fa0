/**
 * The worker stays within bounds, inside workerd: what one request may cost
 * and return, rate limits per client, caching that never answers 304 for
 * what does not exist nor stores users' queries, errors that do not echo the
 * request, 405s for every registered route, and the snapshot served whole.
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CUT, LIMITS } from '../../core/api/limits';
import { CheckResponseSchema } from '../../core/api/contract';
import { app } from '../../worker/app';
import { engine } from '../../worker/engine';
import { snapshotParts } from '../../.generated/snapshot';
import { joinSnapshot, readSnapshot, splitSnapshot } from '../../core/engine/snapshot';

const BASE = 'http://wegwijzer.test';
const JSON_TYPE = { 'Content-Type': 'application/json' };
const get = (path: string, headers: Record<string, string> = {}) => SELF.fetch(BASE + path, { headers });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  SELF.fetch(BASE + path, {
    method: 'POST',
    headers: { ...JSON_TYPE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return body.error;
}

/** Words from the knowledge base's own texts, shuffled: salad that hits many cues. */
function wordSalad(chars: number, seed = 7): string {
  const words = JSON.stringify(engine.kb.checklist).match(/\p{L}{3,}/gu)!;
  let a = seed;
  const next = () => ((a = (a * 16807) % 2147483647), a / 2147483647);
  let out = '';
  while (out.length < chars) out += words[Math.floor(next() * words.length)] + (next() < 0.05 ? '. ' : ' ');
  return out.slice(0, chars);
}

describe('check: what one request may cost', () => {
  it('refuses a draft over the character limit with 413 and a message to split it', async () => {
    const res = await post('/api/check', { text: wordSalad(LIMITS.checkChars + 1000) });
    expect(res.status).toBe(413);
    const error = await errorOf(res);
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/split the draft/i);
    expect(error.message).toContain(LIMITS.checkChars.toLocaleString('en'));
  });

  it('refuses 1 MB of word salad before reading it all, with a small answer', async () => {
    const res = await post('/api/check', { text: wordSalad(1_000_000) });
    expect(res.status).toBe(413);
    expect((await res.text()).length).toBeLessThan(1000);
  });

  it('refuses a draft with too many words or sentences, though within the characters', async () => {
    const words = await post('/api/check', { text: 'ab '.repeat(Math.floor(LIMITS.checkChars / 3)) });
    expect(words.status).toBe(413);
    expect((await errorOf(words)).message).toMatch(/words.*split the draft/i);
    const sentences = await post('/api/check', { text: 'Ja. '.repeat(LIMITS.checkSentences + 10) });
    expect(sentences.status).toBe(413);
    expect((await errorOf(sentences)).message).toMatch(/sentences.*split the draft/i);
  });

  it('quotes evidence capped, as prefixes of the draft, and keeps the answer small', async () => {
    // Evidence sentences that run on for 2,000 characters each.
    const runOn = (sentence: string) => `${sentence}, ${'zodat alle inwoners van onze gemeente mee kunnen doen en '.repeat(35)}ook later.`;
    const text = [
      runOn('Voor de uitvoering is jaarlijks 90.000 euro opgenomen in de begroting'),
      runOn('De raad ontvangt elk jaar een voortgangsrapportage met indicatoren'),
      runOn('In 2027 evalueren we de aanpak met een onafhankelijk onderzoeksbureau en stellen we haar bij'),
    ].join('\n\n');
    const res = await post('/api/check', { text });
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw.length).toBeLessThan(LIMITS.responseBytes);
    const body = CheckResponseSchema.parse(JSON.parse(raw));
    const quotes = body.items.flatMap((i) => i.evidence);
    expect(quotes.length).toBeGreaterThan(0);
    for (const item of body.items) expect(item.evidence.length).toBeLessThanOrEqual(LIMITS.evidencePerItem);
    for (const q of quotes) {
      expect(q.length).toBeLessThanOrEqual(LIMITS.evidenceChars);
      expect(q.endsWith(EVIDENCE_CUT)).toBe(true);
      expect(text).toContain(q.slice(0, -EVIDENCE_CUT.length));
    }
    for (const item of body.items) for (const r of item.reasons) expect(r.evidence).toBeLessThan(item.evidence.length);
  });

  it('answers the largest allowed word salad in well under the response cap', async () => {
    const res = await post('/api/check', { text: wordSalad(LIMITS.checkChars - 100) });
    expect(res.status).toBe(200);
    expect(Number((await res.arrayBuffer()).byteLength)).toBeLessThan(LIMITS.responseBytes / 2);
  });

  it('reads a chunked body only to its limit, and drains the rest so the connection stays usable', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode('woord '.repeat(10_000));
    const total = 40;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === total) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await app.request(
      '/api/check',
      { method: 'POST', headers: { ...JSON_TYPE, 'Transfer-Encoding': 'chunked' }, body, duplex: 'half' } as RequestInit,
      env,
    );
    expect(res.status).toBe(413);
    expect(sent).toBe(total);
    // and the worker answers the next request as usual
    expect((await get('/api/health')).status).toBe(200);
  });
});

describe('rate limits per client', () => {
  /** Waits until at least `margin` seconds remain in the limiter's current window, so a run does not straddle two. */
  async function freshWindow(periodSeconds: number, margin: number) {
    const left = periodSeconds - ((Date.now() / 1000) % periodSeconds);
    if (left < margin) await new Promise((r) => setTimeout(r, left * 1000 + 50));
  }
  const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

  it('answers 429 with Retry-After and a JSON message once a client is over the API limit, and not for another client', async () => {
    const { requests, periodSeconds } = LIMITS.rateLimits.api;
    await freshWindow(periodSeconds, 4);
    const client = ip();
    const statuses: number[] = [];
    for (let i = 0; i < requests; i++) statuses.push((await get('/api/health', { 'CF-Connecting-IP': client })).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const over = await get('/api/health', { 'CF-Connecting-IP': client });
    expect(over.status).toBe(429);
    expect(over.headers.get('Retry-After')).toBe(String(periodSeconds));
    const error = await errorOf(over);
    expect(error.code).toBe('rate_limited');
    expect(error.message).toContain(`${periodSeconds} seconds`);
    expect((await get('/api/health', { 'CF-Connecting-IP': client.replace('198.51.100.', '203.0.113.') })).status).toBe(200);
  });

  it('limits /api/check more strictly', async () => {
    const { requests, periodSeconds } = LIMITS.rateLimits.check;
    expect(requests).toBeLessThan(LIMITS.rateLimits.api.requests);
    await freshWindow(periodSeconds, 10);
    const client = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}::1`;
    for (let i = 0; i < requests; i++)
      expect((await post('/api/check', { text: 'De raad krijgt een jaarlijkse rapportage.' }, { 'CF-Connecting-IP': client })).status).toBe(
        200,
      );
    // The same /64 is the same client.
    const over = await post(
      '/api/check',
      { text: 'De raad krijgt een jaarlijkse rapportage.' },
      { 'CF-Connecting-IP': client.replace(/::1$/, '::abcd') },
    );
    expect(over.status).toBe(429);
    expect(over.headers.get('Retry-After')).toBe(String(periodSeconds));
    expect((await errorOf(over)).message).toMatch(/too many checks/i);
    // Other routes still answer this client.
    expect((await post('/api/match', { text: 'Portiers weigeren jongeren.' }, { 'CF-Connecting-IP': client })).status).toBe(200);
  });
});

describe('caching', () => {
  it('never answers 304 to If-None-Match: * for what does not exist or is invalid', async () => {
    const star = { 'If-None-Match': '*' };
    expect((await get('/api/interventions/bestaat-niet', star)).status).toBe(404);
    expect((await get('/api/search?domain=ruimtevaart', star)).status).toBe(400);
    expect((await get('/api/search?limit=0', star)).status).toBe(400);
    expect((await get('/api/nope', star)).status).toBe(404);
    const etag = (await get('/api/checklist')).headers.get('ETag')!;
    expect((await get('/api/interventions/bestaat-niet', { 'If-None-Match': etag })).status).toBe(404);
  });

  it('does not let any cache keep search queries, matches or checks', async () => {
    const search = await get('/api/search?q=stage');
    expect(search.status).toBe(200);
    expect(search.headers.get('Cache-Control')).toBe('no-store');
    expect(search.headers.get('ETag')).toBeNull();
    const etag = (await get('/api/checklist')).headers.get('ETag')!;
    expect((await get('/api/search?q=stage', { 'If-None-Match': etag })).status).toBe(200);
    expect((await post('/api/match', { text: 'Portiers weigeren jongeren.' })).headers.get('Cache-Control')).toBe('no-store');
    expect((await post('/api/check', { text: 'De raad krijgt een rapportage.' })).headers.get('Cache-Control')).toBe('no-store');
    expect((await get('/api/interventions/bestaat-niet')).headers.get('Cache-Control')).toBe('no-store');
  });

  it('serves the index with an ETag, and 304 when the client has it, so private mode can refresh cheaply', async () => {
    const first = await get('/api/index');
    const etag = first.headers.get('ETag')!;
    expect(etag).toBe(`"${snapshotParts.version}"`);
    expect(first.headers.get('Cache-Control')).toMatch(/public/);
    await first.arrayBuffer();
    const again = await get('/api/index', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect((await get('/api/index', { 'If-None-Match': '"kb-older"' })).status).toBe(200);
  });
});

describe('errors do not echo the request', () => {
  it('names a few unknown keys, not all of them', async () => {
    const keys = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`veld${i}${'x'.repeat(30)}`, 1]));
    const res = await post('/api/check', { text: 'De raad.', ...keys });
    expect(res.status).toBe(400);
    const raw = await res.text();
    expect(raw.length).toBeLessThan(LIMITS.errorChars + 100);
    expect(JSON.parse(raw).error.message).toMatch(/unknown fields .* and 1,?997 more; send only "text"/);
  });

  it('caps a long path in a 404', async () => {
    const res = await get(`/api/${'a'.repeat(5000)}`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message.length).toBeLessThanOrEqual(LIMITS.errorChars);
  });
});

describe('405 for every route, from the routes themselves', () => {
  it('answers other methods on each registered path with 405 and its Allow header', async () => {
    const routes = app.routes.filter((r) => r.method !== 'ALL' && !r.path.includes(':'));
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const { path, method } of routes) {
      const other = method === 'GET' ? 'DELETE' : 'PUT';
      const res = await SELF.fetch(BASE + path, { method: other });
      expect(res.status, `${other} ${path}`).toBe(405);
      expect(res.headers.get('Allow')).toContain(method);
      await res.arrayBuffer();
    }
    const one = await SELF.fetch(`${BASE}/api/interventions/x`, { method: 'POST' });
    expect(one.status).toBe(405);
    expect(one.headers.get('Allow')).toBe('GET, HEAD');
  });
});

describe('the snapshot, split and joined by one pair of functions', () => {
  it('serves every list of the knowledge base, whatever lists it has', async () => {
    const snap = (await (await get('/api/index')).json()) as { kb: string; version: string };
    const kb = JSON.parse(snap.kb) as Record<string, unknown>;
    expect(Object.keys(kb).sort()).toEqual(Object.keys(engine.kb).sort());
    for (const [key, list] of Object.entries(engine.kb)) if (Array.isArray(list)) expect((kb[key] as unknown[]).length).toBe(list.length);
  });

  it('joins to exactly the JSON of the whole snapshot, and splits back', () => {
    const snapshot = readSnapshot(snapshotParts);
    expect(joinSnapshot(snapshotParts)).toBe(JSON.stringify(snapshot));
    expect(splitSnapshot(snapshot)).toEqual(snapshotParts);
  });
});
