/**
 * The extension in a real browser: Debian's Chromium, headless, with the
 * built extension, against a real `wrangler dev` on a free port, on fixture
 * pages served locally. Waits for states, never for time.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '@@/scripts/lib/worker-process';
import {
  accessibleNames,
  browserAvailable,
  panel,
  checkFromPopup,
  clickToClose,
  pressToClose,
  SCREENSHOTS,
  selectIn,
  wegwijzerButton,
  type ExtensionBrowser,
} from './support/browser';
import { countingProxy, serveFixtures } from './support/servers';
import { startSession, type Session } from './support/session';
import { hostileWorkerDir, INJECTION } from './support/test-worker';

// In CI the browser must be there; locally, without Debian's chromium, these tests are skipped with a note.
const run = browserAvailable() || process.env.CI === 'true';
if (!run) console.warn('e2e: skipped (no /usr/bin/chromium or no .output/chrome-mv3); CI installs chromium and runs them.');

describe.runIf(run)('extension in Chromium', () => {
  let worker: RunningWorker;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let pages: Awaited<ReturnType<typeof serveFixtures>>;
  let b: ExtensionBrowser;

  let session: Session;
  beforeAll(async () => {
    session = await startSession({ display: 'beside' });
    ({ worker, proxy, pages, b } = session);
  });
  afterAll(() => session?.close());

  const open = async (fixture: string): Promise<Page> => {
    const page = await b.context.newPage();
    await page.goto(`${pages.url}/${fixture}`);
    return page;
  };

  /*
   * Closing the panel by a key or a click in it, as a user does, then waiting for what the user
   * sees: no panel. Not for Chromium's acknowledgement of the key or click: the panel removes its own
   * frame on that input, and Chromium (CDP Input.dispatchKeyEvent / dispatchMouseEvent aimed at the
   * gone frame) then sometimes never answers (measured: 3 of 40 Escape presses). Awaiting that left
   * one test in about three full runs hanging until its timeout; the panel itself had closed.
   */
  async function expectAdvice(page: Page) {
    const p = await panel(page);
    await p.getByRole('heading', { name: 'Interventies' }).waitFor();
    await p.getByRole('heading', { name: "Do's en don'ts" }).waitFor();
    await p.getByRole('heading', { name: 'Checklist' }).waitFor();
    expect(await p.getByRole('button').count()).toBeGreaterThan(2);
    return p;
  }

  it('asks nothing of the worker until the user acts', async () => {
    const page = await open('editors.html');
    const before = proxy.total();
    await selectIn(page, '#para');
    await wegwijzerButton(page).waitFor();
    expect((await accessibleNames(page, 'button')).some((n) => n.startsWith('Wegwijzer'))).toBe(true);
    await selectIn(page, '#ce');
    await wegwijzerButton(page).waitFor();
    // The button is there; the selection alone sent nothing anywhere.
    expect(proxy.total()).toBe(before);
    await page.close();
  });

  it('text selected before Wegwijzer started listening gets its button, and still nothing is sent', async () => {
    const before = proxy.total();
    const page = await open('preselected.html');
    // No selection event follows the content script's start: the button must come from the selection as it is.
    await wegwijzerButton(page).waitFor();
    expect(proxy.total()).toBe(before);
    await page.close();
  });

  it('shows the button for a paragraph, a textarea and a contenteditable, and the panel with advice from the worker', async () => {
    const page = await open('editors.html');
    for (const selector of ['#para', '#ta', '#ce']) {
      const matches = proxy.count('POST /api/match');
      if (selector === '#ta') {
        await page.locator('#ta').focus();
        await page.locator('#ta').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.length));
        await page.locator('#ta').dispatchEvent('mouseup');
      } else {
        await selectIn(page, selector);
      }
      await wegwijzerButton(page).click();
      const p = await expectAdvice(page);
      expect(proxy.count('POST /api/match')).toBe(matches + 1);
      await p.getByText('Antwoord van de Wegwijzer-server.').waitFor();
      await clickToClose(page, p);
    }
    await page.close();
  });

  it("works on the worker's demo draft page", async () => {
    const page = await b.context.newPage();
    await page.goto(`${worker.url}/`);
    await selectIn(page, 'p:has-text("Jongeren met een migratieachtergrond")');
    await wegwijzerButton(page).click();
    const p = await expectAdvice(page);
    await p.getByText('Antwoord van de Wegwijzer-server.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'panel.png') });
    await page.close();
  });

  it('ignores password fields and selections of fewer than three words', async () => {
    const page = await open('editors.html');
    await page.locator('#pw').focus();
    await page.locator('#pw').evaluate((el: HTMLInputElement) => el.select());
    await page.locator('#pw').dispatchEvent('mouseup');
    await selectIn(page, '#short');
    // Wait for the content script's settled state: it marks nothing; then check the button is absent.
    await page.waitForFunction(() => document.querySelector('wegwijzer-selection') === null);
    expect(await wegwijzerButton(page).count()).toBe(0);
    await page.close();
  });

  it('keeps working on a hostile page: resets, hidden buttons, overlays', async () => {
    const page = await open('hostile.html');
    await selectIn(page, '#text');
    const button = wegwijzerButton(page);
    await button.waitFor();
    expect(await button.isVisible()).toBe(true);
    await button.click(); // Playwright refuses the click if an overlay would intercept it.
    const p = await expectAdvice(page);
    expect(await p.getByRole('dialog', { name: 'Wegwijzer' }).isVisible()).toBe(true);
    await pressToClose(page);
    await page.close();
  });

  it('a panel frame loaded again (a page that moves it) says the selection is gone and how to go on', async () => {
    const page = await open('editors.html');
    await selectIn(page, '#para');
    await wegwijzerButton(page).click();
    await expectAdvice(page);
    const matches = proxy.count('POST /api/match');
    // A page that re-renders moves our panel; the browser then loads the frame again, with the same one-time address.
    const reloaded = page.waitForEvent('framenavigated', (f) => /\/panel\.html\?session=/.test(f.url()));
    await page.evaluate(() => document.body.append(document.querySelector('wegwijzer-panel')!));
    const p = await reloaded;
    const note = p.getByRole('alert');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/niet meer beschikbaar.*Selecteer de tekst opnieuw/s);
    // The text went to the first load only: the second asked the worker nothing.
    expect(proxy.count('POST /api/match')).toBe(matches);
    await clickToClose(page, p);
    await page.close();
  });

  it('works by keyboard alone: Tab reaches the button, Enter opens, Escape closes and gives focus back', async () => {
    const page = await open('editors.html');
    await page.locator('#ta').focus();
    await page.keyboard.press('Control+A');
    const button = wegwijzerButton(page);
    await button.waitFor();
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.tagName.toLowerCase() === 'wegwijzer-selection');
    await page.keyboard.press('Enter');
    await expectAdvice(page);
    await pressToClose(page);
    await page.waitForFunction(() => document.activeElement?.id === 'ta');
    await page.close();
  });

  it('popup: search returns results as you type', async () => {
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.getByLabel('Zoek in interventies').fill('deurbeleid');
    await popup.getByRole('list', { name: 'Interventies' }).getByRole('button').first().waitFor();
    expect(await popup.getByRole('list', { name: 'Interventies' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await popup.setViewportSize({ width: 460, height: 640 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-search.png') });
    await popup.getByRole('list', { name: 'Interventies' }).getByRole('button').first().click();
    await popup.getByRole('heading', { name: 'Wat bekend is over het effect' }).waitFor();
    await popup.close();
  });

  it('popup: "Controleer deze pagina" lists the 24 items with evidence quoted from the page', async () => {
    const draft = await open('draft.html');
    const popup = await checkFromPopup(b, draft);
    await popup.getByText(/\d+ gedekt, \d+ deels, \d+ ontbreekt/).waitFor();
    const items = popup.locator('[data-item]');
    expect(await items.count()).toBe(24);
    const pageText = await draft.evaluate(
      () => document.body.innerText + '\n' + [...document.querySelectorAll('textarea')].map((t) => t.value).join('\n'),
    );
    const evidence = await popup.locator('.evidence').allInnerTexts();
    expect(evidence.length).toBeGreaterThan(3);
    for (const e of evidence) expect(pageText.replace(/\s+/g, ' ')).toContain(e.replace(/^“|”$/g, '').replace(/\s+/g, ' '));
    expect(await popup.locator('[data-item="begroting"]').getAttribute('data-status')).toBe('covered');
    expect(await popup.locator('[data-item="inkoop-subsidies"]').getAttribute('data-status')).toBe('missing');
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'page-check.png') });
    // Clicking evidence highlights it in the page without changing the page's text.
    const before = await draft.evaluate(() => document.body.innerHTML);
    await popup.locator('[data-item="adv-wettelijk"] .evidence').first().click();
    await draft.waitForFunction(() =>
      (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.has('wegwijzer-evidence'),
    );
    expect(await draft.evaluate(() => document.body.innerHTML)).toBe(before);
    await popup.close();
    await draft.close();
  });

  it('renders a record with an HTML injection as inert text', async () => {
    const { dir, title } = hostileWorkerDir();
    const hostile = await startWorker({ cwd: dir });
    try {
      await b.useApi(hostile.url, { display: 'beside' });
      const page = await open('editors.html');
      await selectIn(page, '#ta');
      await page.locator('#ta').focus();
      await page.locator('#ta').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.length));
      await page.locator('#ta').dispatchEvent('mouseup');
      await wegwijzerButton(page).click();
      const p = await expectAdvice(page);
      await p.getByRole('button', { name: title, exact: true }).waitFor();
      expect(await p.getByText(INJECTION, { exact: false }).first().isVisible()).toBe(true);
      expect(await p.locator('img').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.dataset.xss)).toBeUndefined();
      await page.close();
    } finally {
      await b.useApi(proxy.url, { display: 'beside' });
      await hostile.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('private mode: with the worker gone, the panel answers from the cached snapshot and says so', async () => {
    const page = await open('editors.html');
    await selectIn(page, '#para');
    await wegwijzerButton(page).click();
    await expectAdvice(page);
    // After an answer from the server, the extension keeps a copy of the public index.
    await b.worker.evaluate(async () => {
      for (;;) {
        const { snapshot } = await chrome.storage.local.get('snapshot');
        if (snapshot) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await pressToClose(page);
    await proxy.close();
    const matches = proxy.count('POST /api/match');
    await selectIn(page, '#ce');
    await wegwijzerButton(page).click();
    const p = await expectAdvice(page);
    await p.getByText(/niet bereikbaar.*opgeslagen kennisbank/).waitFor();
    expect(proxy.count('POST /api/match')).toBe(matches);
    await page.close();
  });
});

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
