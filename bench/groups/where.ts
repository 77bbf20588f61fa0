/**
 * Where it works: the page check of a 30,000-word draft inside an editor
 * frame (about:blank, contenteditable body, the TinyMCE structure), end to
 * end in Chromium with the built extension: from the click on "Controleer
 * deze pagina" in the popup to the report on screen (read from every frame,
 * choose the draft, check it, render 24 items). Private mode, so the figure
 * is the extension's own work, not the network's; the index is fetched once
 * from a local worker before the timed runs. Skipped without Chromium or a
 * build (WEGWIJZER_OUT_DIR or .output).
 */
import { join } from 'node:path';
import { startWorker } from '@@/scripts/lib/worker-process';
import { ROOT } from '@@/scripts/kb-files';
import { browserAvailable, launchWithExtension } from '@@/tests/e2e/support/browser';
import { serveFixtures } from '@@/tests/e2e/support/servers';
import { emit, round } from '../lib';

async function frameDraftCheck(): Promise<Record<string, number>> {
  if (!browserAvailable()) return {};
  const worker = await startWorker();
  const pages = await serveFixtures(join(ROOT, 'tests', 'e2e', 'fixtures'));
  const b = await launchWithExtension();
  try {
    await b.useApi(worker.url, { mode: 'private', display: 'beside' });
    const tab = await b.context.newPage();
    await tab.goto(`${pages.url}/where/long.html`);
    const words = Number(await tab.locator('body').getAttribute('data-words'));
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.getByRole('tab', { name: 'Controleer deze pagina' }).click();
    const once = async () => {
      await tab.bringToFront();
      const t = performance.now();
      await popup.getByRole('button', { name: 'Controleer deze pagina', exact: true }).click();
      // The busy state first, then the report: never the previous run's report.
      await popup
        .locator('.read-note')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await popup.getByText(/^\d+ gedekt, \d+ deels, \d+ ontbreekt$/).waitFor({ timeout: 60_000 });
      const ms = performance.now() - t;
      if ((await popup.locator('[data-item]').count()) !== 24) throw new Error('the report does not list 24 items');
      if (!/editor in dit venster/.test((await popup.locator('.read-note').textContent()) ?? ''))
        throw new Error('the check did not read the frame editor');
      return ms;
    };
    await once(); // fetches the index for private mode, loads the engine
    const xs: number[] = [];
    for (let i = 0; i < 7; i++) xs.push(await once());
    xs.sort((a, c) => a - c);
    return {
      'where.frame_draft.words': words,
      'where.frame_draft.page_check.ms': round(xs[3]),
      'where.frame_draft.page_check.max_ms': round(xs[6]),
    };
  } finally {
    await b.close();
    await pages.close();
    await worker.stop();
  }
}

emit(await frameDraftCheck());
