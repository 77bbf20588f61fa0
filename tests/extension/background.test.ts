/**
 * Background logic with WXT's fakeBrowser: who answers (API, private mode,
 * fallback), validation of what comes back, the snapshot cache, settings.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { matchResponse } from '@@/core/api/responses';
import { answerCheck, answerMatch, answerSearch, setFetch } from '@/entrypoints/background/answer';
import { callApi } from '@/entrypoints/background/api';
import { localEngine, parseCached, readCache, refreshSnapshot } from '@/entrypoints/background/local-engine';
import { handleMessage, senderKind } from '@/entrypoints/background/router';
import { createPanelSession, takePanelSession } from '@/entrypoints/background/panel-sessions';
import { checkPage, chooseDraft, receiveDraftParts, type FramePart } from '@/entrypoints/background/page-check';
import { LIMITS, MatchResponseSchema } from '@@/core/api/contract';
import { SNAPSHOT_FORMAT } from '@@/core/engine/snapshot';
import { getSettings, migrateV1, parseSettings, parseApiUrl, settingsItem, updateSettings, DEFAULT_SETTINGS } from '@/utils/settings';
import { realEngine } from '../helpers';

const { snapshot, engine } = realEngine();
const SNAPSHOT_JSON = JSON.stringify(snapshot);
const API = 'http://127.0.0.1:9999';

/** A fake API: records the calls, answers from the real engine, or fails like a server that is down. */
function fakeApi(mode: 'up' | 'down' | 'garbage' = 'up') {
  const calls: string[] = [];
  const f = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const u = String(url);
    calls.push(`${init?.method ?? 'GET'} ${u.replace(API, '')}`);
    if (mode === 'down') throw new TypeError('fetch failed');
    if (u.endsWith('/api/index')) return new Response(SNAPSHOT_JSON, { status: 200 });
    if (mode === 'garbage') return Response.json({ interventions: 'nope' });
    const { text } = JSON.parse(String(init?.body));
    return Response.json(matchResponse(engine, text));
  });
  setFetch(f as unknown as typeof fetch);
  return { f, calls };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await updateSettings({ apiUrl: API, mode: 'auto' });
});

describe('answers', () => {
  it('asks the API and says so; then keeps a copy of the public index', async () => {
    const api = fakeApi('up');
    const a = await answerMatch('Portiers weigeren jongeren van kleur de toegang.');
    expect(a.ok && a.mode).toBe('api');
    expect(api.calls[0]).toBe('POST /api/match');
    await vi.waitFor(async () => expect(await readCache()).not.toBeNull());
    expect(api.calls).toContain('GET /api/index');
  });

  it('falls back to the cached index when the API is down, and says so', async () => {
    const up = fakeApi('up');
    expect(await refreshSnapshot(API, up.f as unknown as typeof fetch)).toBe(true);
    fakeApi('down');
    const a = await answerMatch('Verhuurders wijzen woningzoekenden af vanwege hun afkomst.');
    expect(a.ok && a.mode).toBe('fallback');
    expect(a.ok && a.data.interventions.length).toBeGreaterThan(0);
  });

  it('says the server is unreachable when there is no cached index yet', async () => {
    fakeApi('down');
    const a = await answerMatch('Verhuurders wijzen woningzoekenden af vanwege hun afkomst.');
    expect(a).toEqual({ ok: false, error: 'unreachable', message: '', detail: { apiUrl: API } });
  });

  it('private mode sends no text: only the public index is fetched, once', async () => {
    await updateSettings({ mode: 'private' });
    const api = fakeApi('up');
    const a = await answerMatch('Handhavers controleren zonder onderscheid naar huidskleur.');
    const b = await answerSearch('deurbeleid', {});
    expect(a.ok && a.mode).toBe('private');
    expect(b.ok && b.mode).toBe('private');
    expect(api.calls).toEqual(['GET /api/index']);
  });

  it('refuses an invalid answer instead of rendering it', async () => {
    fakeApi('garbage');
    expect(await answerMatch('Portiers weigeren jongeren van kleur de toegang.')).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('turns a timeout into a clear failure', async () => {
    const slow = (async (_u: unknown, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('timed out', 'TimeoutError'))),
      )) as unknown as typeof fetch;
    expect(await callApi(API, '/api/match', MatchResponseSchema, { method: 'POST', body: { text: 'a b c' } }, slow, 20)).toMatchObject({
      ok: false,
      error: 'timeout',
    });
  });

  it('passes the server’s message on for a rejected request', async () => {
    const reject = (async () =>
      Response.json({ error: { code: 'invalid_request', message: '"text" is empty' } }, { status: 400 })) as unknown as typeof fetch;
    expect(await callApi(API, '/api/match', MatchResponseSchema, {}, reject)).toEqual({
      ok: false,
      error: 'rejected',
      message: '"text" is empty',
    });
  });
});

describe('messages', () => {
  const ORIGIN = 'chrome-extension://wegwijzer/';
  const page = { id: 'x', url: `${ORIGIN}popup.html` };
  const content = { id: 'x', url: 'https://example.org/', tab: { id: 3 } as never, frameId: 0 };

  it('ignores unknown or malformed messages', () => {
    expect(handleMessage({ wegwijzer: 'something-else', body: {} }, page, ORIGIN)).toBeUndefined();
    expect(handleMessage({ wegwijzer: 'match' }, page, ORIGIN)).toBeUndefined();
    expect(handleMessage({ wegwijzer: 'match', body: { text: '' } }, page, ORIGIN)).toBeUndefined();
    expect(handleMessage({ wegwijzer: 'match', body: { text: 'abc', extra: 1 } }, page, ORIGIN)).toBeUndefined();
    expect(handleMessage({ wegwijzer: 'toString', body: {} }, page, ORIGIN)).toBeUndefined();
    expect(handleMessage('match', page, ORIGIN)).toBeUndefined();
  });

  it('lets only extension pages read tabs or call the API; content scripts may only open the panel', () => {
    expect(senderKind(page, ORIGIN)).toBe('ui');
    expect(senderKind(content, ORIGIN)).toBe('content');
    // A content script (a page that compromised one) cannot check or highlight another tab, nor call the API.
    expect(handleMessage({ wegwijzer: 'checkPage', body: { tabId: 9, scope: 'page' } }, content, ORIGIN)).toBeUndefined();
    expect(handleMessage({ wegwijzer: 'highlight', body: { tabId: 9, sentence: 'x' } }, content, ORIGIN)).toBeUndefined();
    expect(handleMessage({ wegwijzer: 'match', body: { text: 'een twee drie' } }, content, ORIGIN)).toBeUndefined();
    expect(handleMessage({ wegwijzer: 'panelSession', body: { session: 'abcdefgh12' } }, content, ORIGIN)).toBeUndefined();
    // And an extension page cannot pretend to be a content script.
    expect(handleMessage({ wegwijzer: 'openPanel', body: { text: 'een twee drie' } }, page, ORIGIN)).toBeUndefined();
  });

  it('hands a panel session’s text out once', () => {
    const id = createPanelSession('een passage over stages');
    expect(takePanelSession(id)).toEqual({ ok: true, data: { text: 'een passage over stages' } });
    expect(takePanelSession(id)).toMatchObject({ ok: false, error: 'no-selection' });
  });

  it('takes a selection longer than a passage and advises on its most telling part', async () => {
    fakeApi('up');
    const filler = 'Het weer was die dag wisselend en de vergadering begon laat. '.repeat(300);
    const point = 'Werkgevers nodigen sollicitanten met een migratieachtergrond minder vaak uit; we pakken arbeidsmarktdiscriminatie aan. ';
    const a = await answerMatch(filler + point + filler);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.data.part?.chars).toBeLessThanOrEqual(LIMITS.matchChars);
    expect(a.data.part?.of).toBeGreaterThan(LIMITS.matchChars);
    expect(a.data.interventions.some((i) => i.domains.includes('arbeidsmarkt'))).toBe(true);
  });
});

describe('long drafts', () => {
  it('checks a draft longer than one API request may be in the browser, and says so; nothing of it is sent', async () => {
    const api = fakeApi('up');
    const para = 'Voor de uitvoering is jaarlijks 90.000 euro opgenomen in de begroting van de gemeente. ';
    const draft = para.repeat(Math.ceil((LIMITS.checkChars + 1) / para.length));
    const a = await answerCheck(draft);
    expect(a.ok && a.mode).toBe('local');
    expect(a.ok && a.data.items).toHaveLength(24);
    expect(api.calls.filter((c) => c.startsWith('POST'))).toEqual([]);
  });
});

describe('reading the draft from every frame', () => {
  it('collects each frame’s parts, and checks the editor in the frame, not the toolbar around it', async () => {
    await updateSettings({ mode: 'private' });
    fakeApi('up');
    const words = (n: number) =>
      Array.from({ length: n }, (_, i) => (i % 12 === 0 ? 'Voor de uitvoering is jaarlijks 90.000 euro begroot.' : 'beleid')).join(' ');
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, title: 'Nota' } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { body: { requestId: string } }) => {
      const { requestId } = message.body;
      // The top page holds a toolbar and one frame; the frame holds the editor and no frames.
      receiveDraftParts(
        requestId,
        { tab: { id: 5 } as never, frameId: 0, url: 'https://intranet.example/' },
        [{ where: 'page', text: 'Bestand Bewerken Opmaak', focused: false, editable: false }],
        1,
      );
      receiveDraftParts(
        requestId,
        { tab: { id: 5 } as never, frameId: 7 },
        [{ where: 'frame-editor', text: words(400), focused: false, editable: true }],
        0,
      );
      // Another tab's content script cannot add to this collection.
      expect(
        receiveDraftParts(
          requestId,
          { tab: { id: 6 } as never, frameId: 0 },
          [{ where: 'page', text: 'x', focused: false, editable: false }],
          0,
        ),
      ).toBe(false);
      return true;
    }) as never);
    const a = await checkPage(5, 'page');
    if (!a.ok || !('read' in a.data)) throw new Error(`no check: ${JSON.stringify(a)}`);
    expect(a.data.read).toMatchObject({ where: 'frame-editor', frameId: 7 });
    expect(a.data.items.find((i) => i.id === 'begroting')?.status).not.toBe('missing');
  });
});

describe('choosing the draft among frames', () => {
  const words = (n: number, w = 'woord') => Array.from({ length: n }, () => w).join(' ');
  const part = (p: Partial<FramePart>): FramePart => ({ where: 'page', text: '', focused: false, editable: false, frameId: 0, ...p });

  it('prefers the editor being typed in, then the largest editor, over toolbar and page text', () => {
    const toolbar = part({ where: 'page', text: words(12, 'Bestand') });
    const editor = part({ where: 'frame-editor', text: words(900), editable: true, frameId: 4 });
    const comment = part({ where: 'field', text: words(160), editable: true, focused: true, frameId: 0 });
    expect(chooseDraft([toolbar, editor], 'page')?.frameId).toBe(4);
    expect(chooseDraft([toolbar, editor, comment], 'page')?.where).toBe('field');
    // A small focused box is not the draft.
    const tiny = part({ where: 'field', text: words(8), editable: true, focused: true });
    expect(chooseDraft([toolbar, editor, tiny], 'page')?.frameId).toBe(4);
  });

  it('reads a form with a field per section as one draft, with the page text', () => {
    const page = part({ where: 'page', text: 'Aanleiding en doelen van de nota.' });
    const field = part({ where: 'field', text: words(100, 'begroting'), editable: true });
    const chosen = chooseDraft([page, field], 'page');
    expect(chosen?.where).toBe('page');
    expect(chosen?.text).toContain('Aanleiding');
    expect(chosen?.text).toContain('begroting begroting');
  });

  it('uses the selection only when the user chose that scope', () => {
    const sel = part({ where: 'selection', text: words(200) });
    const page = part({ where: 'page', text: words(2000) });
    expect(chooseDraft([sel, page], 'page')?.where).toBe('page');
    expect(chooseDraft([sel, page], 'selection')?.where).toBe('selection');
    expect(chooseDraft([page], 'selection')).toBeUndefined();
  });
});

describe('stored data', () => {
  it('reads corrupt settings as safe defaults, field by field', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ apiUrl: 42, mode: 'private', language: 'fr', disabledSites: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      mode: 'private',
    });
  });

  it('migrates version 1 settings', async () => {
    expect(migrateV1({ apiUrl: 'https://api.example.nl', privateMode: true })).toEqual({
      apiUrl: 'https://api.example.nl',
      mode: 'private',
    });
    await fakeBrowser.storage.local.set({ settings: { apiUrl: 'https://api.example.nl', privateMode: true }, settings$: { v: 1 } });
    await settingsItem().migrate();
    // The user had granted that address (an https address is used only when granted).
    fakeBrowser.permissions.contains = (async () => true) as typeof fakeBrowser.permissions.contains;
    expect(await getSettings()).toMatchObject({ apiUrl: 'https://api.example.nl', mode: 'private' });
  });

  it('accepts https server addresses and localhost only', () => {
    expect(parseApiUrl('https://wegwijzer.gemeente.nl/')).toBe('https://wegwijzer.gemeente.nl');
    expect(parseApiUrl('http://localhost:8787')).toBe('http://localhost:8787');
    expect(parseApiUrl('http://wegwijzer.gemeente.nl')).toBeNull();
    expect(parseApiUrl('javascript:alert(1)')).toBeNull();
  });

  it('drops a corrupt or foreign cached snapshot and does not crash', async () => {
    expect(parseCached({ format: 99, version: 'x', savedAt: 1, json: '{}' })).toBeNull();
    expect(parseCached('nope')).toBeNull();
    // Corrupt JSON in the current format.
    await fakeBrowser.storage.local.set({
      snapshot: { format: SNAPSHOT_FORMAT, version: 'kb-x', savedAt: Date.now(), json: '{"not": "a snapshot"' },
    });
    expect(await localEngine()).toBeNull();
    expect((await fakeBrowser.storage.local.get('snapshot')).snapshot).toBeUndefined();
    // A snapshot from an older version of the extension.
    await fakeBrowser.storage.local.set({ snapshot: { format: 1, version: 'kb-old', savedAt: Date.now(), json: SNAPSHOT_JSON } });
    expect(await localEngine()).toBeNull();
    expect((await fakeBrowser.storage.local.get('snapshot')).snapshot).toBeUndefined();
  });
});
