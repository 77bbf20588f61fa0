/**
 * The side panel in a real Chromium with the built extension: the selection
 * button opens it (Chrome passes the click's user gesture from the content
 * script through the message), each new selection updates it, it runs the
 * page check, and "Mijn selectie" keeps what the user keeps. The first run
 * opens the welcome page.
 *
 * Playwright does not attach to side panels, so the test attaches to its
 * target through the Chrome DevTools Protocol and reads its accessibility
 * tree, as a screen reader would. The context menu itself cannot be clicked in
 * headless Chromium: its handler is tested in tests/extension/sidepanel.test.tsx,
 * and here the side panel's part (the check it is asked to run) is.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '../../scripts/lib/worker-process';
import {
  browserAvailable,
  launchWithExtension,
  panel,
  clickToClose,
  selectIn,
  wegwijzerButton,
  type ExtensionBrowser,
} from './support/browser';
import { serveFixtures } from './support/servers';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const run = browserAvailable() || process.env.CI === 'true';
if (!run) console.warn('e2e: skipped (no /usr/bin/chromium or no built extension); CI installs chromium and runs them.');

type AXNode = { role?: { value?: string }; name?: { value?: string }; ignored?: boolean };

/** A page target Playwright does not attach to (the side panel), driven through CDP from another page's session. */
class Target {
  private next = 1;
  private waiting = new Map<number, (r: { result?: unknown; error?: { message: string } }) => void>();
  private constructor(
    private cdp: CDPSession,
    private sessionId: string,
  ) {
    cdp.on(
      'Target.receivedMessageFromTarget' as never,
      ((e: { sessionId: string; message: string }) => {
        if (e.sessionId !== this.sessionId) return;
        const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
        if (msg.id !== undefined) this.waiting.get(msg.id)?.(msg);
      }) as never,
    );
  }

  static async attach(cdp: CDPSession, targetId: string) {
    const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId, flatten: false } as never)) as {
      sessionId: string;
    };
    return new Target(cdp, sessionId);
  }

  async send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.next++;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((r) => this.waiting.set(id, r));
    await this.cdp.send(
      'Target.sendMessageToTarget' as never,
      { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) } as never,
    );
    const msg = await answer;
    this.waiting.delete(id);
    if (msg.error) throw new Error(msg.error.message);
    return msg.result as T;
  }

  /** Runs an expression in the side panel and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: unknown }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails) throw new Error(`side panel: ${JSON.stringify(r.exceptionDetails)}`);
    return r.result.value;
  }

  /** Waits until an expression in the side panel is truthy. */
  async until(expression: string, what: string, timeout = 30_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!(await this.evaluate<boolean>(`Boolean(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`side panel: ${what}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  async names(role: string): Promise<string[]> {
    const { nodes } = await this.send<{ nodes: AXNode[] }>('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => String(n.name?.value ?? ''));
  }

  /** Waits until the accessibility tree has a node of this role whose name matches. */
  async waitFor(role: string, name: string | RegExp, timeout = 20_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await this.names(role)).find((n) => (typeof name === 'string' ? n === name : name.test(n)));
      if (found !== undefined) return found;
      if (Date.now() > deadline)
        throw new Error(`no ${role} named ${name} in the side panel; ${role}s: ${(await this.names(role)).join(' | ')}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

/** The button has moved to the new selection (until then it may still sit where the last one was). */
async function buttonBeside(page: Page, selector: string) {
  await page.waitForFunction((sel) => {
    const host = document.querySelector('wegwijzer-selection')?.getBoundingClientRect();
    const near = document.querySelector(sel)?.getBoundingClientRect();
    return !!host && !!near && host.height > 0 && host.top >= near.top && host.top - near.bottom < 60;
  }, selector);
}

describe.runIf(run)('side panel in Chromium', () => {
  let worker: RunningWorker;
  let pages: Awaited<ReturnType<typeof serveFixtures>>;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    worker = await startWorker();
    pages = await serveFixtures(FIXTURES);
    b = await launchWithExtension();
    await b.useApi(worker.url, { display: 'sidepanel' });
  });
  afterAll(async () => {
    await b?.close();
    await pages?.close();
    await worker?.stop();
  });

  const open = async (fixture: string): Promise<Page> => {
    const page = await b.context.newPage();
    await page.goto(`${pages.url}/${fixture}`);
    return page;
  };
  const extensionPage = async (path: string): Promise<Page> => {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/${path}`);
    return page;
  };

  /** The side panel's target, once Chrome has opened it. */
  async function sidePanelTarget(cdp: CDPSession, timeout = 15_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as {
        targetInfos: { targetId: string; url: string; type: string }[];
      };
      const side = targetInfos.find((t) => t.url === `chrome-extension://${b.extensionId}/sidepanel.html`);
      if (side) return side.targetId;
      if (Date.now() > deadline) throw new Error('the side panel did not open');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('opens the welcome page once, on install: what it does, what it sends and when, where the settings are', async () => {
    const deadline = Date.now() + 10_000;
    let welcome = b.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    while (!welcome && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      welcome = b.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    }
    expect(welcome, 'the welcome page opened on install').toBeDefined();
    const page = welcome!;
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Wegwijzer' }).waitFor();
    for (const name of [
      'Wat Wegwijzer verstuurt, en wanneer',
      'Zo gebruik je het',
      'Word voor het web',
      'Google Docs',
      "PDF's",
      'Instellingen',
    ]) {
      await page.getByRole('heading', { name }).waitFor();
    }
    await page.getByText('Tekst selecteren verstuurt niets.', { exact: false }).waitFor();
    // English through the setting, on the page itself.
    await page.getByLabel('Taal / Language').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Wegwijzer' }).waitFor();
    await page.getByLabel('Taal / Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Wegwijzer' }).waitFor();
    // The way to the settings.
    const [options] = await Promise.all([
      b.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open de instellingen' }).click(),
    ]);
    await options.waitForURL(/options\.html/);
    await options.getByRole('group', { name: 'Toon resultaten in' }).waitFor();
    await options.close();
    await page.close();
  });

  it('the selection button opens the side panel "Wegwijzer" with advice; a second selection updates it, and it stays open', async () => {
    const page = await open('editors.html');
    const cdp = await b.context.newCDPSession(page);
    await selectIn(page, '#para');
    await wegwijzerButton(page).click();
    const targetId = await sidePanelTarget(cdp);
    const side = await Target.attach(cdp, targetId);
    await side.waitFor('main', 'Wegwijzer');
    await side.waitFor('heading', 'Advies bij je selectie');
    await side.until(
      `document.querySelector('[data-passage]')?.textContent.startsWith('Werkgevers in onze gemeente')`,
      'the passage is quoted',
    );
    for (const h of ['Interventies', "Do's en don'ts", 'Checklist']) await side.waitFor('heading', h);
    await side.waitFor('button', /^Bewaar /);
    // The advice went to the side panel, not into the page.
    expect(await page.locator('wegwijzer-panel').count()).toBe(0);

    // The user goes on writing: the side panel stays; the next selection updates it.
    await page.locator('#ce').click();
    await page.keyboard.type(' Nieuwe zin.');
    await selectIn(page, '#ce');
    await buttonBeside(page, '#ce');
    await wegwijzerButton(page).click();
    await side.until(
      `document.querySelector('[data-passage]')?.textContent.startsWith('Op de particuliere huurmarkt')`,
      'the new passage is quoted',
    );
    await side.waitFor('heading', 'Interventies');
    expect(await sidePanelTarget(cdp)).toBe(targetId);
    expect(await page.locator('wegwijzer-panel').count()).toBe(0);
    await closeSidePanel(cdp);
    await cdp.detach();
    await page.close();
  });

  /** Closes the side panel (its page may close itself, as its close button would) and waits until it is gone. */
  async function closeSidePanel(cdp: CDPSession) {
    const targetId = await sidePanelTarget(cdp, 1000).catch(() => null);
    if (!targetId) return;
    const side = await Target.attach(cdp, targetId);
    await side.evaluate('window.close()').catch(() => undefined);
    const deadline = Date.now() + 10_000;
    while (await sidePanelOpen(cdp)) {
      if (Date.now() > deadline) throw new Error('the side panel did not close');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function sidePanelOpen(cdp: CDPSession): Promise<boolean> {
    return sidePanelTarget(cdp, 0).then(
      () => true,
      () => false,
    );
  }

  /** Opens the side panel of a page's window as a user does: a selection, then the Wegwijzer button. */
  async function openSidePanel(page: Page, selector: string): Promise<{ side: Target; cdp: CDPSession }> {
    const cdp = await b.context.newCDPSession(page);
    await selectIn(page, selector);
    await wegwijzerButton(page).click();
    const side = await Target.attach(cdp, await sidePanelTarget(cdp));
    await side.waitFor('main', 'Wegwijzer');
    return { side, cdp };
  }

  it('runs the page check the context menu asks for, on the whole draft, offering the selection as the other scope', async () => {
    const draft = await open('draft.html');
    const { side, cdp } = await openSidePanel(draft, 'p:has-text("Jongeren vertellen")');
    await side.waitFor('heading', 'Interventies');
    // What the menu item's handler does once it has opened the side panel: ask it for the check of this tab.
    await b.worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.storage.session.set({ [`sidepanel-${tab.windowId}`]: { view: 'check', tabId: tab.id, id: 'menu-1' } });
    }, `${pages.url}/draft.html`);
    await side.waitFor('tab', 'Controleer deze pagina');
    await side.until(
      `document.querySelector('[role=tab][aria-selected=true]')?.textContent === 'Controleer deze pagina'`,
      'the check tab is selected',
    );
    await side.until(`document.querySelectorAll('[data-item]').length === 24`, 'the 24 checklist items are shown');
    const text = await side.evaluate<string>('document.querySelector("[role=tabpanel]").innerText');
    expect(text).toMatch(/\d+ gedekt, \d+ deels, \d+ ontbreekt/);
    // The whole draft was checked; the selection is offered as the other scope, never used silently.
    expect(text).toMatch(/Gelezen: (?!je selectie)/);
    expect(text).toMatch(/Controleer alleen je selectie \(\d+ woorden\)/);
    await closeSidePanel(cdp);
    await cdp.detach();
    await draft.close();
  });

  it('the toolbar: "Open de controle in het zijpaneel" opens the side panel on the check of the page', async () => {
    const draft = await open('draft.html');
    const cdp = await b.context.newCDPSession(draft);
    // The popup opens over the draft: the draft is the active tab when it looks.
    expect(await sidePanelOpen(cdp)).toBe(false);
    const popup = await b.context.newPage();
    await draft.bringToFront();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Open de controle in het zijpaneel' }).click();
    const side = await Target.attach(cdp, await sidePanelTarget(cdp));
    await side.until(
      `document.querySelector('[role=tab][aria-selected=true]')?.textContent === 'Controleer deze pagina'`,
      'the side panel opened on the check',
    );
    await side.until(`document.querySelectorAll('[data-item]').length === 24`, 'the 24 checklist items are shown');
    await closeSidePanel(cdp);
    await cdp.detach();
    if (!popup.isClosed()) await popup.close();
    await draft.close();
  });

  it('"Mijn selectie" keeps what the user keeps, ids and titles only, and shows it in the side panel and the popup', async () => {
    const page = await open('editors.html');
    const { side, cdp } = await openSidePanel(page, '#para');
    const label = await side.waitFor('button', /^Bewaar /);
    const title = label.replace(/^Bewaar /, '');
    const button = `[...document.querySelectorAll('button[aria-label]')].find((b) => b.getAttribute('aria-label') === ${JSON.stringify(label)})`;
    expect(await side.evaluate<string>(`${button}.getAttribute('aria-pressed')`)).toBe('false');
    await side.evaluate(`${button}.click()`);
    await side.until(`${button}.getAttribute('aria-pressed') === 'true'`, 'the keep button shows it is kept');
    await side.evaluate(`document.querySelector('#tab-shortlist').click()`);
    await side.until(`document.querySelector('[data-kept]')?.textContent.includes(${JSON.stringify(title)})`, 'the kept item is listed');

    // Stored in the extension: the popup shows it; stored are the id, kind, title and the record's source, never draft text.
    const popup = await extensionPage('popup.html');
    await popup.getByRole('tab', { name: 'Mijn selectie' }).click();
    await popup.getByRole('list', { name: 'Mijn selectie' }).getByRole('listitem').filter({ hasText: title }).waitFor();
    const stored = (await b.worker.evaluate(() => chrome.storage.local.get('shortlist'))) as { shortlist: Record<string, unknown>[] };
    expect(stored.shortlist).toHaveLength(1);
    expect(Object.keys(stored.shortlist[0]).sort()).toEqual(['addedAt', 'id', 'kind', 'source', 'title']);
    expect(JSON.stringify(stored)).not.toContain('Werkgevers in onze gemeente');

    // Removed in the popup: gone from the side panel too.
    await popup.getByRole('button', { name: `Verwijder ${title} uit Mijn selectie` }).click();
    await popup.getByText('Je hebt nog niets bewaard.', { exact: false }).waitFor();
    await side.until(`document.querySelector('[data-kept]') === null`, 'the removed item is gone from the side panel');
    await popup.close();
    await closeSidePanel(cdp);
    await cdp.detach();
    await page.close();
  });

  it('with "naast de tekst" chosen, the selection button opens the panel beside the text instead', async () => {
    await b.useApi(worker.url, { display: 'beside' });
    try {
      const page = await open('editors.html');
      await selectIn(page, '#para');
      await wegwijzerButton(page).click();
      const p = await panel(page);
      await p.getByRole('heading', { name: 'Interventies' }).waitFor();
      await clickToClose(page, p);
      await page.close();
    } finally {
      await b.useApi(worker.url, { display: 'sidepanel' });
    }
  });
});

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id: number; windowId: number }[]> };
  storage: {
    session: { set(v: unknown): Promise<void>; get(k: null): Promise<unknown> };
    local: { get(k: string): Promise<Record<string, unknown>> };
  };
};
