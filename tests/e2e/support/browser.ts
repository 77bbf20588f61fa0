/**
 * Debian's Chromium, headless, with the built extension loaded (see
 * DEVELOPERS.md for the flags), driven by playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { ROOT } from '@@/scripts/kb-files';

export const EXTENSION_DIR = join(ROOT, process.env.WEGWIJZER_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

export const browserAvailable = () => existsSync(CHROMIUM) && existsSync(join(EXTENSION_DIR, 'manifest.json'));

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
  /** Points the extension at an API address (as the options page would). */
  useApi(url: string, extra?: Record<string, unknown>): Promise<void>;
}

/** `args`: extra Chromium switches (e.g. --host-resolver-rules for a stand-in of another service). */
export async function launchWithExtension({ args = [] }: { args?: string[] } = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'wegwijzer-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    async useApi(url, extra = {}) {
      await worker.evaluate(
        ([apiUrl, more]) =>
          chrome.storage.local.set({ settings: { apiUrl, mode: 'auto', language: 'nl', disabledSites: [], ...more }, snapshot: null }),
        [url, extra] as const,
      );
    },
  };
}

/** Selects the whole text of the first element matching the selector, as a user would with the mouse. */
export async function selectIn(page: Page, selector: string) {
  await page.locator(selector).first().selectText();
  // The content script listens for the end of a selection gesture.
  await page.locator(selector).first().dispatchEvent('mouseup');
}

/**
 * The selection button: its host element (the button itself lives in a closed
 * shadow root the page cannot reach). Playwright clicks it as a user does: a
 * real, trusted mouse click at its place on screen.
 */
export const wegwijzerButton = (page: Page) => page.locator('wegwijzer-selection');

/** Accessible names the browser exposes for a role, through the accessibility tree (it sees into closed shadow roots). */
export async function accessibleNames(page: Page, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
    };
    return nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => String(n.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}

const isPanelFrame = (f: Frame) => /\/panel\.html\?session=/.test(f.url());

/** The panel: an extension page in a frame beside the selection. Resolves once its dialog is there. */
export async function panel(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find(isPanelFrame);
    if (frame) {
      await frame.getByRole('dialog', { name: 'Wegwijzer' }).waitFor({ timeout: Math.max(1000, deadline - Date.now()) });
      return frame;
    }
    if (Date.now() > deadline) throw new Error('the Wegwijzer panel did not open');
    // A short wait, then look again: a frame attached between the look and the wait would otherwise be missed.
    await page.waitForEvent('frameattached', { timeout: Math.max(1, Math.min(250, deadline - Date.now())) }).catch(() => undefined);
  }
}

/**
 * Opens the popup on "Controleer deze pagina" and checks `tab`. The popup
 * checks the active tab, so `tab` comes to the front first, as when the popup
 * opens over it. Wait on the returned popup for what the test expects.
 */
export async function checkFromPopup(b: ExtensionBrowser, tab: Page): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await popup.getByRole('tab', { name: 'Controleer deze pagina' }).click();
  await tab.bringToFront();
  await popup.getByRole('button', { name: 'Controleer deze pagina', exact: true }).click();
  return popup;
}

/** Waits until no panel frame is left in the page. */
export async function panelClosed(page: Page) {
  await page.waitForFunction(() => document.querySelector('wegwijzer-panel') === null);
}

/*
 * Closing the panel removes its frame, and Chromium then sometimes never
 * acknowledges the key or click that did it (about 1 in 13 presses): awaiting
 * the input call hangs the test. These send the real input without awaiting
 * that acknowledgement and wait for what the user sees, no panel.
 */

/** Presses a key that closes the panel (Escape), and waits until it is gone. */
export async function pressToClose(page: Page, key = 'Escape') {
  void page.keyboard.press(key).catch(() => undefined);
  await panelClosed(page);
}

/** Clicks the panel's "Sluiten" button, and waits until the panel is gone. */
export async function clickToClose(page: Page, p: Frame) {
  void p
    .getByRole('button', { name: 'Sluiten' })
    .click()
    .catch(() => undefined);
  await panelClosed(page);
}

declare const chrome: { storage: { local: { set(v: unknown): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };
