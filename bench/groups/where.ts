/**
 * Where it works: the page check of a 30,000-word draft inside an editor
 * frame (about:blank, contenteditable body, the TinyMCE structure), end to
 * end in Chromium with the built extension: from the click on "Controleer
 * deze pagina" in the popup to the report on screen (read from every frame,
 * choose the draft, check it, render 24 items). Private mode, so the figure
 * is the extension's own work, not the network's; the index is fetched once
 * from a local worker before the timed runs. Skipped without Chromium or a
 * build (WEGWIJZER_OUT_DIR or .output).
 *
 * The popup is the real one: the toolbar popup opened over the draft's tab
 * (chrome.action.openPopup), visible, with the draft's tab the active tab of
 * its window, as when a user clicks the toolbar button. Playwright does not
 * attach to such popups by itself; a second connection over the DevTools
 * protocol does. (A popup page opened as a tab of its own, as this bench did
 * before, is a background tab while the draft's tab is in front: Chromium
 * gives hidden pages no animation frames, and the measure was mostly that.)
 *
 * Each run is timed in the popup itself, from the click event to the frame
 * painted after the report's summary appears (`page_check.ms`), so the figure
 * is what the user waits, not Playwright's polling. Playwright's own view,
 * from the start of its click to its seeing the summary, is reported beside
 * it (`page_check.wall_ms`).
 */
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { freePort, startWorker } from '@@/scripts/lib/worker-process';
import { ROOT } from '@@/scripts/kb-files';
import { browserAvailable, launchWithExtension, type ExtensionBrowser } from '@@/tests/e2e/support/browser';
import { serveFixtures } from '@@/tests/e2e/support/servers';
import { emit, round } from '../lib';

const SUMMARY = /^\d+ gedekt, \d+ deels, \d+ ontbreekt$/;

/** Opens the toolbar popup over the active tab and returns it, reached over a DevTools connection of its own (closed with `done`). */
async function openToolbarPopup(b: ExtensionBrowser, port: number): Promise<{ popup: Page; done: () => Promise<void> }> {
  const opened = await b.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup().then(
      () => '',
      (e: Error) => e.message,
    ),
  );
  if (opened) throw new Error(`the toolbar popup did not open: ${opened}`);
  // Playwright attaches to the popups present when it connects: connect after opening.
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const popup = cdp
    .contexts()[0]
    ?.pages()
    .find((p) => p.url() === `chrome-extension://${b.extensionId}/popup.html`);
  if (!popup) {
    await cdp.close();
    throw new Error('the toolbar popup is not reachable over the DevTools protocol');
  }
  // Closing a connection made with connectOverCDP disconnects it; the browser and its pages stay.
  return { popup, done: () => popup.close().then(() => cdp.close()) };
}

/** In the popup: remember the click's time and the time of the first frame painted with the report's summary. */
const watchReport = (popup: Page) =>
  popup.evaluate((summary) => {
    const re = new RegExp(summary);
    const marks: { click?: number; shown?: number } = {};
    (window as unknown as { __marks: typeof marks }).__marks = marks;
    document.addEventListener('click', (e) => (marks.click ??= e.timeStamp), { capture: true });
    const observer = new MutationObserver(() => {
      const leaves = document.querySelectorAll('body *');
      if (![...leaves].some((el) => el.childElementCount === 0 && re.test(el.textContent ?? ''))) return;
      observer.disconnect();
      // The frame that shows it: after the next animation frame's paint.
      requestAnimationFrame(() => setTimeout(() => (marks.shown = performance.now())));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, SUMMARY.source);

async function frameDraftCheck(): Promise<Record<string, number>> {
  if (!browserAvailable()) return {};
  const worker = await startWorker();
  const pages = await serveFixtures(join(ROOT, 'tests', 'e2e', 'fixtures'));
  const port = await freePort();
  const b = await launchWithExtension({ args: [`--remote-debugging-port=${port}`] });
  try {
    await b.useApi(worker.url, { mode: 'private', display: 'beside' });
    const tab = await b.context.newPage();
    await tab.goto(`${pages.url}/where/long.html`);
    const words = Number(await tab.locator('body').getAttribute('data-words'));
    const once = async () => {
      await tab.bringToFront();
      const { popup, done } = await openToolbarPopup(b, port);
      await popup.getByRole('tab', { name: 'Controleer deze pagina' }).click();
      await watchReport(popup);
      const t = performance.now();
      await popup.getByRole('button', { name: 'Controleer deze pagina', exact: true }).click();
      await popup.getByText(SUMMARY).waitFor({ timeout: 60_000 });
      const wall = performance.now() - t;
      await popup.waitForFunction(() => (window as unknown as { __marks: { shown?: number } }).__marks.shown !== undefined);
      const { click, shown } = await popup.evaluate(() => (window as unknown as { __marks: { click: number; shown: number } }).__marks);
      if ((await popup.locator('[data-item]').count()) !== 24) throw new Error('the report does not list 24 items');
      if (!/editor in dit venster/.test((await popup.locator('.read-note').textContent()) ?? ''))
        throw new Error('the check did not read the frame editor');
      await done();
      return { ms: shown - click, wall };
    };
    await once(); // fetches the index for private mode, loads the engine
    const runs: { ms: number; wall: number }[] = [];
    for (let i = 0; i < 9; i++) runs.push(await once());
    const sorted = (k: 'ms' | 'wall') => runs.map((r) => r[k]).sort((a, c) => a - c);
    return {
      'where.frame_draft.words': words,
      'where.frame_draft.page_check.ms': round(sorted('ms')[4]),
      'where.frame_draft.page_check.max_ms': round(sorted('ms')[8]),
      'where.frame_draft.page_check.wall_ms': round(sorted('wall')[4]),
    };
  } finally {
    await b.close();
    await pages.close();
    await worker.stop();
  }
}

emit(await frameDraftCheck());
