/**
 * The raadslid view in a real Chromium with the built extension, against a
 * real worker: a council member says so once in the options, and the page
 * check from the popup then reads as questions to put to the college,
 * grouped by the six steps. A policy officer gets there with one click on
 * "Wat vraagt de raad?".
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_STEPS, COUNCIL_ROLE_LABELS, COUNCIL_ROLES, STEPS, STEP_LABELS } from '@@/core/taxonomy';
import { realEngine } from '../helpers';
import { browserAvailable, checkFromPopup, panel, SCREENSHOTS, selectIn, wegwijzerButton, type ExtensionBrowser } from './support/browser';
import { countingProxy, serveFixtures } from './support/servers';
import { startSession, type Session } from './support/session';

const run = browserAvailable() || process.env.CI === 'true';
if (!run) console.warn('e2e: skipped (no /usr/bin/chromium or no built extension); CI installs chromium and runs them.');

const questionOf = new Map(realEngine().engine.kb.checklist.map((c) => [c.id, c.councilQuestion]));

describe.runIf(run)('the raadslid view in Chromium', () => {
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let pages: Awaited<ReturnType<typeof serveFixtures>>;
  let b: ExtensionBrowser;

  let session: Session;
  beforeAll(async () => {
    session = await startSession();
    ({ proxy, pages, b } = session);
  });
  afterAll(() => session?.close());

  /** The page check from the popup, over draft.html; the popup checks the active tab. */
  async function checkDraftFromPopup(): Promise<{ popup: Page; draft: Page }> {
    const draft = await b.context.newPage();
    await draft.goto(`${pages.url}/draft.html`);
    const popup = await checkFromPopup(b, draft);
    await popup.getByText(/\d+ gedekt, \d+ deels, \d+ ontbreekt/).waitFor();
    return { popup, draft };
  }

  /** The questions shown to the college must be exactly those of the items the check found missing or weak, by step. */
  async function expectQuestionsForTheCollege(popup: Page) {
    const section = popup.getByRole('region', { name: 'Vragen aan het college' });
    await section.waitFor();
    const open = await popup
      .locator('.check-item:not(.council-question)[data-item]')
      .evaluateAll((els) => els.filter((e) => e.getAttribute('data-status') !== 'covered').map((e) => e.getAttribute('data-item')!));
    expect(open.length).toBeGreaterThan(0);
    const asked = await section.locator('li.council-question').allInnerTexts();
    expect(asked).toHaveLength(open.length);
    for (const id of open) expect(await section.locator(`[data-item="${id}"]`).innerText()).toContain(questionOf.get(id as never)!);
    const headings = await section.getByRole('heading', { level: 4 }).allInnerTexts();
    expect(headings).toEqual(
      STEPS.filter((s) => open.some((id) => CHECKLIST_STEPS[id as keyof typeof CHECKLIST_STEPS] === s)).map((s) => STEP_LABELS[s].nl),
    );
  }

  it('a council member chooses "Ik ben raadslid" in the options; the page check then asks the college', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    const raad = options.getByRole('radio', { name: 'Ik ben raadslid' });
    expect(await options.getByRole('radio', { name: 'Ik ben beleidsmedewerker' }).isChecked()).toBe(true);
    await raad.click();
    await expect
      .poll(() => b.worker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { audience?: string }).audience))
      .toBe('raad');
    await options.close();

    const checks = proxy.count('POST /api/check');
    const { popup, draft } = await checkDraftFromPopup();
    expect(proxy.count('POST /api/check')).toBe(checks + 1);
    // The popup shows who the user is, one click from changing it.
    expect(await popup.getByRole('radio', { name: 'Ik ben raadslid' }).isChecked()).toBe(true);
    await expectQuestionsForTheCollege(popup);
    expect(await popup.locator('.check-item[data-item]:not(.council-question)').count()).toBe(24);
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.getByRole('region', { name: 'Vragen aan het college' }).scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(SCREENSHOTS, 'council-check.png') });
    await popup.close();
    await draft.close();
  });

  it('a policy officer sees the same questions after "Wat vraagt de raad?"', async () => {
    await b.useApi(proxy.url, { audience: 'beleid' });
    const { popup, draft } = await checkDraftFromPopup();
    expect(await popup.getByRole('region', { name: 'Vragen aan het college' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Wat vraagt de raad?' }).click();
    await expectQuestionsForTheCollege(popup);
    // Asking once does not change who the user is.
    expect(await popup.getByRole('radio', { name: 'Ik ben beleidsmedewerker' }).isChecked()).toBe(true);
    await popup.close();
    await draft.close();
  });

  it('for a highlighted passage, a council member sees what the council can do per role, with sources', async () => {
    await b.useApi(proxy.url, { audience: 'raad', display: 'beside' });
    const page = await b.context.newPage();
    await page.goto(`${pages.url}/draft.html`);
    await selectIn(page, '[contenteditable] p');
    await wegwijzerButton(page).click();
    const p = await panel(page);
    const lens = p.getByRole('region', { name: 'Wat kan de raad doen?' });
    await lens.waitFor();
    expect(await lens.getByRole('heading', { level: 4 }).allInnerTexts()).toEqual(
      expect.arrayContaining(COUNCIL_ROLES.map((r) => COUNCIL_ROLE_LABELS[r].nl)),
    );
    // Instruments and real examples, each with a source that opens safely in a new tab.
    const hits = lens.locator('.council-hit');
    expect(await hits.count()).toBeGreaterThan(0);
    const links = lens.locator('.council-hit a');
    expect(await links.count()).toBeGreaterThanOrEqual(await hits.count());
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) expect(href).toMatch(/^https:\/\//);
    await p.getByRole('region', { name: 'Om het gesprek in de raad mee te beginnen' }).waitFor();
    // The interventions are still there, next to the lens.
    await p.getByRole('heading', { name: 'Interventies' }).waitFor();
    await page.close();
  });
});

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
