/**
 * Debian's Chromium, headless, with the built extension loaded (see
 * DEVELOPERS.md for the flags), driven by playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from '../../../scripts/kb-files';

export const EXTENSION_DIR = join(ROOT, process.env.WEGWIJZER_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

export const browserAvailable = () => existsSync(CHROMIUM) && existsSync(join(EXTENSION_DIR, 'manifest.json'));

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
  /** Points the extension at an API address (as the options page would). */
  useApi(url: string, extra?: Record<string, unknown>): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
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
        ([apiUrl, more]) => chrome.storage.local.set({ settings: { apiUrl, mode: 'auto', language: 'nl', disabledSites: [], ...more }, snapshot: null }),
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

export const wegwijzerButton = (page: Page) => page.getByRole('button', { name: /^Wegwijzer/ });
export const panel = (page: Page) => page.getByRole('dialog', { name: 'Wegwijzer' });

declare const chrome: { storage: { local: { set(v: unknown): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };
