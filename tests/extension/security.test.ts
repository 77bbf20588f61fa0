/**
 * Issue 15, the extension's side with WXT's fakeBrowser: private mode's
 * index is validated before it is stored and tied to its API address (3),
 * the API address in storage is used only when it is https or local and
 * granted (4), content scripts read settings without writing (4), and the
 * settings migration is safe to run twice (6).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerMatch, setFetch } from '@/entrypoints/background/answer';
import { callApi } from '@/entrypoints/background/api';
import { MatchResponseSchema } from '@@/core/api/contract';
import { HEALTH_MS, localEngine, readCache, refreshSnapshot, REFRESH_MS, validateIndex } from '@/entrypoints/background/local-engine';
import { apiUrlProblem, DEFAULT_API_URL, getSettings, refusedApiUrl, settingsItem, updateSettings } from '@/utils/settings';
import { handleMessage } from '@/entrypoints/background/router';
import { realEngine } from '../helpers';

const { snapshot } = realEngine();
const GOOD = JSON.stringify(snapshot);
const API = 'http://127.0.0.1:9999';
const OTHER_API = 'http://localhost:7777';

/** The real index with one record changed. */
function tampered(change: (kb: Record<string, Record<string, unknown>[]>) => void, version = snapshot.version): string {
  const kb = JSON.parse(snapshot.kb);
  change(kb);
  return JSON.stringify({ ...snapshot, version, kb: JSON.stringify({ ...kb, version }) });
}

const TAMPERED: Record<string, string> = {
  'a source link that is not https': tampered((kb) => ((kb.interventions[0].sources as { url?: string }[])[0].url = 'javascript:alert(1)')),
  'a source link that is plain http': tampered(
    (kb) => ((kb.interventions[1].sources as { url?: string }[])[0].url = 'http://example.org/'),
  ),
  'a record without its title': tampered((kb) => delete kb.interventions[0].title),
  'a checklist item without its question': tampered((kb) => delete kb.checklist[0].question),
  'an extra key holding HTML': tampered((kb) => (kb.guidance[0].html = '<img src=x onerror=alert(1)>')),
  'no checklist at all': tampered((kb) => (kb.checklist = [])),
  'an index that refers to a record that is not there': tampered((kb) => kb.interventions.shift()),
  'records of another version than the index': JSON.stringify({
    ...snapshot,
    kb: JSON.stringify({ ...JSON.parse(snapshot.kb), version: 'other' }),
  }),
  'a record list that is not a list': tampered((kb) => ((kb as Record<string, unknown>).guidance = 'nope')),
  'records that are not JSON': JSON.stringify({ ...snapshot, kb: '{"interventions": [' }),
  'an index of another format': JSON.stringify({ ...snapshot, format: 1 }),
  'not JSON at all': '<html>Gateway error</html>',
};

/** A fake API serving an index (with ETag), a health version, and match answers; records every call. */
function server(initial: { index: string; etag?: string; version?: string }) {
  const state = { ...initial, etag: initial.etag ?? '"v1"', version: initial.version ?? snapshot.version };
  const calls: string[] = [];
  const f = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const u = new URL(String(url));
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    calls.push(`${u.origin} ${u.pathname}${ifNoneMatch ? ` ${ifNoneMatch}` : ''}`);
    if (u.pathname === '/api/health')
      return Response.json({ ok: true, version: state.version, counts: { interventions: 1, guidance: 1, checklist: 1 } });
    if (u.pathname === '/api/index') {
      if (ifNoneMatch === state.etag) return new Response(null, { status: 304 });
      return new Response(state.index, { headers: { ETag: state.etag } });
    }
    throw new TypeError('fetch failed');
  });
  return { state, calls, f: f as unknown as typeof fetch };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await updateSettings({ apiUrl: API, mode: 'private' });
});
afterEach(() => vi.useRealTimers());

describe('private mode: a downloaded index is validated before it is stored (issue 15, finding 3)', () => {
  it('accepts the real index', () => {
    expect(validateIndex(GOOD).version).toBe(snapshot.version);
  });

  for (const [what, json] of Object.entries(TAMPERED)) {
    it(`refuses ${what}: it is not stored, and the last good index still answers`, async () => {
      expect(() => validateIndex(json)).toThrow();
      const api = server({ index: GOOD });
      expect(await refreshSnapshot(API, api.f)).toBe(true);
      // The server now serves a tampered index under a new ETag.
      api.state.index = json;
      api.state.etag = '"tampered"';
      expect(await refreshSnapshot(API, api.f, true)).toBe(true);
      const cached = await readCache(API);
      expect(cached?.json).toBe(GOOD);
      expect(cached?.etag).toBe('"v1"');
      const engine = await localEngine(api.f);
      expect(engine?.match('Portiers weigeren jongeren van kleur de toegang tot de club.').interventions.length).toBeGreaterThan(0);
    });
  }

  it('never stores a tampered index when there is no good one: private mode says it cannot answer, and asks again later', async () => {
    const api = server({ index: TAMPERED['a record without its title'] });
    setFetch(api.f);
    expect(await refreshSnapshot(API, api.f)).toBe(false);
    expect(await readCache()).toBeNull();
    expect(await answerMatch('Verhuurders wijzen woningzoekenden af vanwege hun afkomst.')).toMatchObject({
      ok: false,
      error: 'unreachable',
    });
    // Once the server serves a good index again, private mode works.
    api.state.index = GOOD;
    api.state.etag = '"v2"';
    const a = await answerMatch('Verhuurders wijzen woningzoekenden af vanwege hun afkomst.');
    expect(a.ok && a.mode).toBe('private');
  });

  it('does not use a tampered index that was written into storage directly', async () => {
    const api = server({ index: GOOD });
    await refreshSnapshot(API, api.f);
    const cached = await readCache(API);
    await fakeBrowser.storage.local.set({ snapshot: { ...cached, etag: '"x"', json: TAMPERED['an extra key holding HTML'] } });
    expect(await localEngine(api.f)).toBeNull();
  });
});

describe('private mode: the cached index belongs to its API address and is kept fresh', () => {
  it('does not use an index cached from another address', async () => {
    const api = server({ index: GOOD });
    expect(await refreshSnapshot(OTHER_API, api.f)).toBe(true);
    expect(await readCache(OTHER_API)).not.toBeNull();
    // The settings point at API, not OTHER_API: nothing to answer with.
    expect(await readCache(API)).toBeNull();
    expect(await localEngine(api.f)).toBeNull();
    // A refresh for API downloads that address's own index.
    expect(await refreshSnapshot(API, api.f)).toBe(true);
    expect(api.calls.at(-1)).toBe(`${API} /api/index`);
    expect((await readCache(API))?.apiUrl).toBe(API);
  });

  it('revalidates with its ETag after a day (304 keeps it), and sends no text', async () => {
    vi.useFakeTimers({ now: 1_000_000_000_000, toFake: ['Date'] });
    const api = server({ index: GOOD });
    await refreshSnapshot(API, api.f);
    expect(api.calls).toEqual([`${API} /api/index`]);
    // Within the day and the hour: nothing is asked.
    vi.setSystemTime(Date.now() + 30 * 60 * 1000);
    await refreshSnapshot(API, api.f);
    expect(api.calls).toHaveLength(1);
    // A day later: a conditional GET; the server says unchanged.
    vi.setSystemTime(Date.now() + REFRESH_MS);
    await refreshSnapshot(API, api.f);
    expect(api.calls.at(-1)).toBe(`${API} /api/index "v1"`);
    const cached = await readCache(API);
    expect(cached?.savedAt).toBe(Date.now());
    expect(cached?.json).toBe(GOOD);
  });

  it('a stale index still answers in private mode, and is refreshed in the background', async () => {
    vi.useFakeTimers({ now: 1_000_000_000_000, toFake: ['Date'] });
    const api = server({ index: GOOD });
    await refreshSnapshot(API, api.f);
    vi.setSystemTime(Date.now() + REFRESH_MS + 1);
    expect(await localEngine(api.f)).not.toBeNull();
    await vi.waitFor(() => expect(api.calls.at(-1)).toBe(`${API} /api/index "v1"`));
  });

  it('downloads again when /api/health reports another version', async () => {
    vi.useFakeTimers({ now: 1_000_000_000_000, toFake: ['Date'] });
    const api = server({ index: GOOD });
    await refreshSnapshot(API, api.f);
    // An hour later the server has a new knowledge base.
    const next = tampered(() => undefined, 'kb-next');
    Object.assign(api.state, { index: next, etag: '"v2"', version: 'kb-next' });
    vi.setSystemTime(Date.now() + HEALTH_MS);
    expect(await refreshSnapshot(API, api.f)).toBe(true);
    expect(api.calls.slice(-2)).toEqual([`${API} /api/health`, `${API} /api/index "v1"`]);
    expect((await readCache(API))?.version).toBe('kb-next');
    expect((await localEngine(api.f))?.version).toBe('kb-next');
  });

  it('keeps the index when /api/health reports the same version', async () => {
    vi.useFakeTimers({ now: 1_000_000_000_000, toFake: ['Date'] });
    const api = server({ index: GOOD });
    await refreshSnapshot(API, api.f);
    vi.setSystemTime(Date.now() + HEALTH_MS);
    await refreshSnapshot(API, api.f);
    expect(api.calls.slice(1)).toEqual([`${API} /api/health`]);
  });
});

describe('settings are validated when read (issue 15, finding 4)', () => {
  const granted = new Set<string>();
  beforeEach(() => {
    granted.clear();
    // fakeBrowser has no permissions API: grant per origin pattern, as Chrome does after the options page asked.
    fakeBrowser.permissions.contains = (async (p: { origins?: string[] }) =>
      (p.origins ?? []).every((o) => granted.has(o))) as typeof fakeBrowser.permissions.contains;
  });

  /** What a compromised content script could write: storage.local is shared with content scripts. */
  const writeRaw = (apiUrl: string) =>
    fakeBrowser.storage.local.set({ settings: { apiUrl, mode: 'auto', language: 'nl', disabledSites: [] }, settings$: { v: 2 } });

  it('uses an https address only when the user granted its origin', async () => {
    await writeRaw('https://evil.example');
    expect((await getSettings()).apiUrl).toBe(DEFAULT_API_URL);
    expect(await refusedApiUrl()).toEqual({ apiUrl: 'https://evil.example', problem: 'not-granted' });
    granted.add('https://evil.example/*');
    expect((await getSettings()).apiUrl).toBe('https://evil.example');
    expect(await refusedApiUrl()).toBeNull();
  });

  it('never uses a plain-http address off localhost, or something that is not an address', async () => {
    for (const bad of ['http://intranet.gemeente.local', 'javascript:alert(1)', 'https://a.example/api?x=1', 'ftp://a.example']) {
      granted.add(`${bad}/*`);
      await writeRaw(bad);
      expect((await getSettings()).apiUrl).toBe(DEFAULT_API_URL);
      expect(await apiUrlProblem(bad)).toBe('not-https');
    }
  });

  it('uses local addresses and the built-in one without a grant (the manifest has them)', async () => {
    for (const ok of ['http://localhost:8787', 'http://127.0.0.1:9999', DEFAULT_API_URL]) expect(await apiUrlProblem(ok)).toBeNull();
  });

  it('a refused address is never fetched: the request goes to the default address', async () => {
    await writeRaw('https://evil.example');
    const urls: string[] = [];
    setFetch((async (u: string) => (urls.push(String(u)), Promise.reject(new TypeError('fetch failed')))) as unknown as typeof fetch);
    await answerMatch('Portiers weigeren jongeren van kleur de toegang.');
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith(DEFAULT_API_URL)).toBe(true);
  });

  it('content scripts get only what the page needs, from the background, for the tab’s site; they touch no storage', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { language: 'en', privateMode: true, disabledSites: ['intranet.example'] } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const ORIGIN = 'chrome-extension://wegwijzer/';
    // A frame from another origin inside the intranet page follows its page's switch.
    const frame = {
      id: 'x',
      url: 'https://word-edit.example/doc',
      tab: { id: 3, url: 'https://intranet.example/nota' } as never,
      frameId: 2,
    };
    expect(await handleMessage({ wegwijzer: 'pageSettings', body: {} }, frame, ORIGIN)).toEqual({
      ok: true,
      data: { language: 'en', siteOff: true },
    });
    const other = { ...frame, tab: { id: 4, url: 'https://elders.example/' } as never };
    expect(await handleMessage({ wegwijzer: 'pageSettings', body: {} }, other, ORIGIN)).toEqual({
      ok: true,
      data: { language: 'en', siteOff: false },
    });
    expect(set).not.toHaveBeenCalled();
  });
});

describe('a body that stalls after its headers (issue 15, finding 6)', () => {
  /** A server that sends its headers and the start of a body, then nothing; the body errors when the request is aborted, as fetch's does. */
  const stalled = (async (_u: unknown, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"interventions": ['));
        init?.signal?.addEventListener('abort', () => c.error(init.signal?.reason));
      },
    });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;

  it('is a timeout, not an invalid answer', async () => {
    expect(
      await callApi(API, '/api/match', MatchResponseSchema, { method: 'POST', body: { text: 'een twee drie' } }, stalled, 50),
    ).toMatchObject({ ok: false, error: 'timeout' });
  });
});

describe('the settings migration is safe to run twice (issue 15, finding 6)', () => {
  it('keeps private mode when a v2 value meets the migration again (its version mark lost)', async () => {
    fakeBrowser.reset();
    // v2 settings without WXT's version mark, as written by another context or restored without it.
    await fakeBrowser.storage.local.set({ settings: { apiUrl: API, mode: 'private', language: 'nl', disabledSites: [] } });
    await settingsItem().migrate();
    expect((await getSettings()).mode).toBe('private');
  });

  it('migrates v1 once and the result survives a second run', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { apiUrl: API, privateMode: true }, settings$: { v: 1 } });
    await settingsItem().migrate();
    await fakeBrowser.storage.local.set({ settings$: { v: 1 } });
    await settingsItem().migrate();
    expect((await getSettings()).mode).toBe('private');
  });
});
