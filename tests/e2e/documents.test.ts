/**
 * The documents page of the built extension in Chromium: a generated .docx
 * and .pdf are chosen (and a .md dropped), read inside the extension, and the
 * report's summary equals the verdict the worker gives the pasted draft.
 * In private mode the same document is checked with no request at all.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '@@/scripts/lib/worker-process';
import { draftMarkdown, makeDocx, makePdf, makeScannedPdf } from '../support/make-documents';
import { browserAvailable, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { countingProxy } from './support/servers';

const run = browserAvailable() || process.env.CI === 'true';
if (!run) console.warn('e2e: skipped (no /usr/bin/chromium or no built extension); CI installs chromium and runs them.');

const md = draftMarkdown();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.runIf(run)('documents page in Chromium', () => {
  let worker: RunningWorker;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let b: ExtensionBrowser;
  let pasted: string;

  beforeAll(async () => {
    worker = await startWorker();
    proxy = await countingProxy(worker.url);
    b = await launchWithExtension();
    await b.useApi(proxy.url);
    // The verdict on the pasted draft, from the worker itself.
    const res = await fetch(`${worker.url}/api/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: md }),
    });
    const { summary } = (await res.json()) as { summary: { covered: number; partial: number; missing: number } };
    pasted = `${summary.covered} gedekt, ${summary.partial} deels, ${summary.missing} ontbreekt`;
  });
  afterAll(async () => {
    await b?.close();
    await proxy?.close();
    await worker?.stop();
  });

  async function documentsPage(): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/documents.html`);
    await page.getByRole('heading', { name: 'Wegwijzer — document controleren' }).waitFor();
    return page;
  }

  const chooser = (page: Page) => page.getByLabel(/document/);

  async function expectPastedVerdict(page: Page, name: string) {
    await page.getByText(new RegExp(`^Gelezen: ${name.replace('.', '\\.')}, \\d+ woorden$`)).waitFor();
    const summary = page.getByRole('status').filter({ hasText: /gedekt, \d+ deels, \d+ ontbreekt/ });
    await summary.waitFor();
    expect(await summary.textContent()).toBe(pasted);
    expect(await page.locator('[data-item]').count()).toBe(24);
  }

  it('a .docx: read in the extension, checked through the server as text, the pasted draft’s verdict', async () => {
    const page = await documentsPage();
    expect(await page.title()).toBe('Wegwijzer — document controleren');
    const checks = proxy.count('POST /api/check');
    await chooser(page).setInputFiles({ name: 'beleidsnota.docx', mimeType: DOCX, buffer: Buffer.from(await makeDocx(md)) });
    await expectPastedVerdict(page, 'beleidsnota.docx');
    await page.getByText('Antwoord van de Wegwijzer-server.').waitFor();
    expect(proxy.count('POST /api/check')).toBe(checks + 1);
    await page.close();
  });

  it('a .pdf in private mode: pdf.js in the extension, the same verdict, no request at all', async () => {
    // After a server answer the extension keeps the public index; then switch to private mode.
    await b.worker.evaluate(async () => {
      while (!(await chrome.storage.local.get('snapshot')).snapshot) await new Promise((r) => setTimeout(r, 100));
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), mode: 'private' } });
    });
    const page = await documentsPage();
    const before = proxy.total();
    // pdf.js parses in its own worker, a file of the extension; nothing is loaded from elsewhere.
    const workers: string[] = [];
    const requests: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    page.on('request', (r) => requests.push(r.url()));
    await chooser(page).setInputFiles({ name: 'beleidsnota.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(md)) });
    await expectPastedVerdict(page, 'beleidsnota.pdf');
    await page.getByText(/Privémodus/).waitFor();
    expect(proxy.total()).toBe(before);
    expect(workers.some((u) => u.startsWith(`chrome-extension://${b.extensionId}/`) && u.includes('pdf.worker'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${b.extensionId}/`))).toEqual([]);
    await page.close();
  });

  it('a document dropped anywhere on the page is read', async () => {
    const page = await documentsPage();
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'beleidsnota.md', { type: 'text/markdown' }));
      return dt;
    }, md);
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expectPastedVerdict(page, 'beleidsnota.md');
    await page.close();
  });

  it('a scanned PDF: says there is no text to read, and gives no verdict', async () => {
    const page = await documentsPage();
    await chooser(page).setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makeScannedPdf()) });
    await page.getByRole('alert').filter({ hasText: 'scan.pdf bevat geen tekst' }).waitFor();
    expect(await page.getByText(/gedekt, \d+ deels/).count()).toBe(0);
    await page.close();
  });
});

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } };
