/**
 * Accessibility in the real browser: axe-core on every extension page (popup,
 * options, the panel in its frame, the documents page, the side panel page,
 * the print view), focus into and back from the detail view, result counts
 * announced, and the popup's reflow at 200 % zoom (230 CSS px wide).
 */
import { join } from 'node:path';
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '@@/scripts/lib/worker-process';
import {
  browserAvailable,
  launchWithExtension,
  panel,
  selectIn,
  wegwijzerButton,
  EXTENSION_DIR,
  type ExtensionBrowser,
} from './support/browser';
import { serveFixtures } from './support/servers';
import { existsSync } from 'node:fs';
import { draftMarkdown, makeDocx } from '../support/make-documents';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const run = browserAvailable() || process.env.CI === 'true';
if (!run) console.warn('e2e: skipped (no /usr/bin/chromium or no built extension); CI installs chromium and runs them.');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core in the page or frame, with impact moderate or worse. Its source is
 * evaluated (the extension's CSP allows no inline script tag). A short summary
 * per violation, so a failure says what to fix where.
 */
async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.evaluate(axe.source);
  const violations = await target.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map((n) => ({ target: n.target.map(String) })),
    }));
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** True when the page needs no sideways scrolling. */
const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.runIf(run)('accessibility in Chromium', () => {
  let worker: RunningWorker;
  let pages: Awaited<ReturnType<typeof serveFixtures>>;
  let b: ExtensionBrowser;
  const url = (path: string) => `chrome-extension://${b.extensionId}/${path}`;

  beforeAll(async () => {
    worker = await startWorker();
    pages = await serveFixtures(FIXTURES);
    b = await launchWithExtension();
    // The in-page panel (the side panel cannot be attached to by Playwright; its page is tested as a tab).
    await b.useApi(worker.url, { display: 'beside' });
  });
  afterAll(async () => {
    await b?.close();
    await pages?.close();
    await worker?.stop();
  });

  async function popupWithResults(q = 'discriminatie') {
    const popup = await b.context.newPage();
    await popup.goto(url('popup.html'));
    await popup.getByLabel('Zoek in interventies').fill(q);
    await popup.getByRole('list', { name: 'Interventies' }).getByRole('listitem').first().waitFor();
    return popup;
  }

  async function openPanel(): Promise<{ page: Page; frame: Frame }> {
    const page = await b.context.newPage();
    await page.goto(`${pages.url}/editors.html`);
    await selectIn(page, '#para');
    await wegwijzerButton(page).click();
    const frame = await panel(page);
    await frame.getByRole('heading', { name: 'Interventies' }).waitFor();
    return { page, frame };
  }

  it('popup: no violations, with a level-one heading, on the search tab with results and on the other tabs', async () => {
    const popup = await popupWithResults();
    expect(await popup.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    for (const tab of await popup.getByRole('tab').all()) {
      await tab.click();
      expect(await axeViolations(popup), await tab.innerText()).toEqual([]);
    }
    await popup.close();
  });

  it('options, documents, side panel and welcome pages: no violations', async () => {
    for (const path of ['options.html', 'documents.html', 'sidepanel.html', 'welcome.html']) {
      if (!existsSync(join(EXTENSION_DIR, path))) {
        console.warn(`a11y: ${path} is not in this build`);
        continue;
      }
      const page = await b.context.newPage();
      await page.goto(url(path));
      await page.locator('#app *').first().waitFor();
      expect(await axeViolations(page), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang), path).toBe('nl');
      await page.close();
    }
  });

  it('documents page with a checked .docx: no violations', async () => {
    const page = await b.context.newPage();
    await page.goto(url('documents.html'));
    const docx = Buffer.from(await makeDocx(draftMarkdown()));
    await page.getByLabel(/document/).setInputFiles({
      name: 'beleidsnota.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await page.locator('[data-item]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('panel (in its frame beside the selection): no violations, lang set, the counts announced politely', async () => {
    const { page, frame } = await openPanel();
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('nl');
    const counts = frame.locator('[data-counts]');
    expect(await counts.getAttribute('aria-live')).toBe('polite');
    expect(await counts.innerText()).toMatch(/^\d+ interventies?, \d+ (do's en don'ts|do of don't), \d+ checklistpunt(en)? gevonden$/);
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });

  it('panel: focus goes into the detail view and back to the item that was opened; Escape goes back, not away', async () => {
    const { page, frame } = await openPanel();
    const titles = frame.locator('li.item button.title');
    const second = titles.nth(1);
    const name = await second.innerText();
    await second.focus();
    await page.keyboard.press('Enter');
    await frame.waitForFunction((n) => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === n, name);
    expect(await axeViolations(frame)).toEqual([]);
    await page.keyboard.press('Escape');
    await frame.waitForFunction(
      (n) => document.activeElement?.classList.contains('title') && document.activeElement.textContent === n,
      name,
    );
    // The panel stayed open; a second Escape closes it.
    expect(await frame.getByRole('dialog', { name: 'Wegwijzer' }).isVisible()).toBe(true);
    await page.close();
  });

  it('popup search: back from the detail view restores the scroll position and focus; "Meer tonen" pages through', async () => {
    const popup = await popupWithResults();
    await popup.setViewportSize({ width: 460, height: 600 });
    const list = popup.getByRole('list', { name: 'Interventies' });
    const status = popup.getByRole('status').filter({ hasText: /resultaten/ });
    const total = Number((await status.innerText()).match(/^(\d+) resultaten/)![1]);
    expect(total).toBeGreaterThan(30);
    expect(await status.innerText()).toBe(`${total} resultaten, 30 van ${total} getoond`);
    expect(await list.locator('li.item').count()).toBe(30);

    const item = list.locator('li.item button.title').nth(12);
    await item.scrollIntoViewIfNeeded();
    const before = await popup.evaluate(() => document.scrollingElement!.scrollTop);
    expect(before).toBeGreaterThan(100);
    const name = await item.innerText();
    await item.click();
    await popup.waitForFunction((n) => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === n, name);
    await popup.getByRole('button', { name: /Terug/ }).click();
    await popup.waitForFunction(
      (n) => document.activeElement?.classList.contains('title') && document.activeElement.textContent === n,
      name,
    );
    expect(Math.abs((await popup.evaluate(() => document.scrollingElement!.scrollTop)) - before)).toBeLessThanOrEqual(2);

    await popup.getByRole('button', { name: 'Meer tonen' }).click();
    await popup.waitForFunction((n) => document.querySelectorAll('li.item').length === n, Math.min(60, total));
    // Focus on the first new result, so a keyboard user reads on from there.
    const first = await list.locator('li.item button.title').nth(30).innerText();
    await popup.waitForFunction((n) => document.activeElement?.textContent === n, first);
    expect(await status.innerText()).toBe(total <= 60 ? `${total} resultaten` : `${total} resultaten, 60 van ${total} getoond`);
    await popup.close();
  });

  it('popup at 200 % zoom (230 CSS px wide) reflows without sideways scrolling', async () => {
    const popup = await popupWithResults('deurbeleid');
    await popup.setViewportSize({ width: 230, height: 600 });
    expect(await noHorizontalScroll(popup)).toBe(true);
    await popup.getByLabel('Discriminatiegrond').selectOption({ index: 1 });
    await popup.locator('li.item').first().waitFor();
    expect(await noHorizontalScroll(popup)).toBe(true);
    await popup.locator('li.item button.title').first().click();
    await popup.getByRole('button', { name: /Terug/ }).waitFor();
    expect(await noHorizontalScroll(popup)).toBe(true);
    await popup.getByRole('button', { name: /Terug/ }).click();
    for (const tab of await popup.getByRole('tab').all()) {
      await tab.click();
      expect(await noHorizontalScroll(popup), await tab.innerText()).toBe(true);
    }
    await popup.close();
  });
});
