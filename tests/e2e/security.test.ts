/**
 * Issue 15 in a real browser: a hostile page (fixtures/hostile-driver.html)
 * tries to press Wegwijzer's button with its own script, to read the panel,
 * to learn the extension's id and to switch the content script off. None of
 * it may work: no request reaches the API, the page learns nothing, and the
 * button and panel still work for a real user afterwards.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningWorker } from '@@/scripts/lib/worker-process';
import { browserAvailable, EXTENSION_DIR, panel, pressToClose, selectIn, wegwijzerButton, type ExtensionBrowser } from './support/browser';
import { countingProxy, serveFixtures } from './support/servers';
import { startSession, type Session } from './support/session';

const run = browserAvailable() || process.env.CI === 'true';
const FRAME_TEXT = 'etnisch profileren bij handhaving in de wijk Noord';

interface Report {
  messages: string[];
  shadowRootsSeen: string[];
  attempts: string[];
  hostShadowRoot: null | string;
  panelShadowRoot: null | string;
  frameRead: string;
  leaks: string[];
}
declare const window: Window & {
  __report: Report;
  selectOwnText(): void;
  pressButton(): boolean;
  readPanel(): { frames: string[]; html: string };
  silence(id: string): void;
  plantDecoys(): void;
  findExtensionId(id: string): string[];
};

describe.runIf(run)('a hostile page cannot drive, read or silence Wegwijzer (issue 15)', () => {
  let worker: RunningWorker;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let pages: Awaited<ReturnType<typeof serveFixtures>>;
  let b: ExtensionBrowser;

  let session: Session;
  beforeAll(async () => {
    // The panel beside the text (not the browser's side panel): the page sits right next to it.
    session = await startSession({ display: 'beside' });
    ({ worker, proxy, pages, b } = session);
  });
  afterAll(() => session?.close());

  const openHostile = async (): Promise<Page> => {
    const page = await b.context.newPage();
    await page.goto(`${pages.url}/hostile-driver.html`);
    // The cross-origin frame has loaded, with its content script.
    await page.frameLocator('#other').locator('#secret').waitFor();
    return page;
  };
  const report = (page: Page) => page.evaluate(() => window.__report);
  const panelFrames = (page: Page) => page.frames().filter((f) => f.url().includes('/panel.html'));

  it('a script that selects text and presses the button sends nothing and opens nothing; a real click then works', async () => {
    const page = await openHostile();
    const before = proxy.total();
    await page.evaluate(() => window.selectOwnText());
    await wegwijzerButton(page).waitFor();
    expect(await page.evaluate(() => window.pressButton())).toBe(true);
    // Give a wrongly accepted press every chance to reach the background and the API.
    await page.waitForTimeout(1500);
    expect(proxy.total()).toBe(before);
    expect(panelFrames(page)).toHaveLength(0);
    expect(await page.locator('wegwijzer-panel').count()).toBe(0);
    const r = await report(page);
    // The button's shadow root is closed, and the page's patched attachShadow never saw it.
    expect(r.hostShadowRoot).toBeNull();
    expect(r.shadowRootsSeen).toEqual([]);

    // A real user click still works.
    await selectIn(page, '#text');
    await wegwijzerButton(page).click();
    const p = await panel(page);
    await p.getByRole('heading', { name: 'Interventies' }).waitFor();
    expect(proxy.count('POST /api/match')).toBe(1);
    // Once the panel closes, the passage is kept nowhere: not in the page, not in the extension's storage.
    await pressToClose(page);
    const stored = await b.worker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
    );
    expect(stored).not.toContain('migratieachtergrond minder vaak een plek');
    await page.close();
  });

  it('the page cannot read the panel: closed shadow root, a frame of another origin, only a one-time session id in its address', async () => {
    const page = await openHostile();
    await selectIn(page, '#text');
    await wegwijzerButton(page).click();
    const p = await panel(page);
    await p.getByRole('heading', { name: 'Interventies' }).waitFor();
    const { frames, html } = await page.evaluate(() => window.readPanel());
    const r = await report(page);
    expect(r.panelShadowRoot).toBeNull();
    // The page sees no panel iframe at all (it is inside the closed shadow root) ...
    expect(frames.every((src) => !src.includes('panel.html'))).toBe(true);
    // ... and window.frames[] reaches it only as a cross-origin window: its document is refused.
    expect(r.frameRead).toMatch(/^refused: SecurityError$|^no frame$/);
    // The advice is in the panel, not in the page's DOM.
    const advice = await p.getByRole('heading', { level: 3 }).first().innerText();
    expect(html).not.toContain(advice);
    // The panel's address holds a session id that has already been used: asking again gives nothing.
    const session = new URL(panelFrames(page)[0].url()).searchParams.get('session');
    expect(session).toMatch(/^[0-9a-f]{32}$/);
    const replay = await b.context.newPage();
    await replay.goto(`chrome-extension://${b.extensionId}/panel.html?session=${session}`);
    await replay.getByRole('dialog', { name: 'Wegwijzer' }).waitFor();
    expect(await replay.getByRole('heading', { name: 'Interventies' }).count()).toBe(0);
    await replay.close();
    await page.close();
  });

  it('the text of a cross-origin frame never enters the top page, while its panel shows advice', async () => {
    const page = await openHostile();
    const frame = page.frames().find((f) => f.url().endsWith('/hostile-frame.html'));
    expect(frame).toBeDefined();
    await frame!.locator('#secret').selectText();
    await frame!.locator('#secret').dispatchEvent('mouseup');
    const button = frame!.locator('wegwijzer-selection');
    await button.click();
    // The panel opens in the top frame (in the corner), with the frame's passage.
    const p = await panel(page);
    await p.getByRole('heading', { name: 'Interventies' }).waitFor();
    const { html } = await page.evaluate(() => window.readPanel());
    expect(html).not.toContain(FRAME_TEXT);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(FRAME_TEXT);
    expect(panelFrames(page)[0].url()).not.toContain('profileren');
    await page.close();
  });

  it('nothing the page can see carries the extension id, and posting WXT messages back does not switch Wegwijzer off', async () => {
    const page = await openHostile();
    await selectIn(page, '#text');
    await wegwijzerButton(page).click();
    await panel(page);
    await pressToClose(page);
    const r = await report(page);
    for (const m of r.messages) expect(m).not.toContain(b.extensionId);
    // Not in a message, the DOM, or resource timing (the panel frame's address is not listed to the page).
    expect(await page.evaluate((id) => window.findExtensionId(id), b.extensionId)).toEqual([]);

    // The page knows the id anyway (a store extension's id is public) and tries every message WXT listened for,
    // and plants an element and globals where the old panel looked for itself.
    await page.evaluate((id) => (window.plantDecoys(), window.silence(id)), b.extensionId);
    const matches = proxy.count('POST /api/match');
    await selectIn(page, '#text');
    await wegwijzerButton(page).waitFor({ timeout: 5000 });
    await wegwijzerButton(page).click();
    const p = await panel(page);
    await p.getByRole('heading', { name: 'Interventies' }).waitFor();
    expect(proxy.count('POST /api/match')).toBe(matches + 1);
    expect((await report(page)).attempts).not.toContain('decoy global called');
    await page.close();
  });

  it('private mode never stores a tampered index from the server, and works once the server serves a good one', async () => {
    // A server that answers health and index only: the index has a record without its title and an extra key with HTML.
    const good = await (await fetch(`${worker.url}/api/index`)).text();
    const snapshot = JSON.parse(good) as { kb: string; version: string };
    const kb = JSON.parse(snapshot.kb) as { interventions: Record<string, unknown>[]; guidance: Record<string, unknown>[] };
    delete kb.interventions[0].title;
    kb.guidance[0].html = '<img src=x onerror="document.documentElement.dataset.xss=1">';
    const tampered = JSON.stringify({ ...snapshot, kb: JSON.stringify(kb) });
    let index = tampered;
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === '/api/health')
        return res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ ok: true, version: snapshot.version, counts: {} }));
      if (req.url === '/api/index')
        return res.writeHead(200, { 'Content-Type': 'application/json', ETag: index === good ? '"good"' : '"bad"' }).end(index);
      res.writeHead(503).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const api = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      await b.useApi(api, { mode: 'private', display: 'beside' });
      const page = await openHostile();
      await selectIn(page, '#text');
      await wegwijzerButton(page).click();
      const p = await panel(page);
      await p.getByText(api).first().waitFor();
      expect(await p.getByRole('heading', { name: 'Interventies' }).count()).toBe(0);
      expect(await b.worker.evaluate(async () => (await chrome.storage.local.get(null)).snapshot ?? null)).toBeNull();
      await pressToClose(page);

      index = good;
      await selectIn(page, '#text');
      await wegwijzerButton(page).click();
      const q = await panel(page);
      await q.getByRole('heading', { name: 'Interventies' }).waitFor();
      await q
        .getByText(/Privémodus/)
        .first()
        .waitFor();
      // Only the public index was asked for: no text left the browser.
      expect(seen.every((r) => r === 'GET /api/index' || r === 'GET /api/health')).toBe(true);
      await page.close();
    } finally {
      await b.useApi(proxy.url, { display: 'beside' });
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('the manifest offers no plain-http origin and exposes only the panel page to web pages', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      optional_host_permissions?: string[];
      web_accessible_resources?: { resources: string[] }[];
    };
    expect(manifest.optional_host_permissions ?? []).not.toContain('http://*/*');
    for (const origin of manifest.optional_host_permissions ?? []) expect(origin.startsWith('https://')).toBe(true);
    expect((manifest.web_accessible_resources ?? []).flatMap((r) => r.resources)).toEqual(['panel.html']);
  });

  it('the panel page is not web-accessible by a fixed address to a page that has no session', async () => {
    const page = await openHostile();
    // panel.js, the old web-accessible panel code, is gone; the page gets an error for it.
    const probe = await page.evaluate(async (id) => {
      const tryFetch = (u: string) =>
        fetch(u).then(
          (r) => `status ${r.status}`,
          (e) => `refused: ${(e as Error).name}`,
        );
      return {
        panelJs: await tryFetch(`chrome-extension://${id}/panel.js`),
        content: await tryFetch(`chrome-extension://${id}/content-scripts/content.js`),
      };
    }, b.extensionId);
    expect(probe.panelJs).toMatch(/^refused/);
    expect(probe.content).toMatch(/^refused/);
    await page.close();
  });
});

declare const chrome: {
  storage: { local: { get(k: null): Promise<Record<string, unknown>> }; session: { get(k: null): Promise<Record<string, unknown>> } };
};
