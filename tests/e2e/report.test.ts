/**
 * Reports from a real page check in Chromium: the Word file downloaded from
 * the popup (Playwright's download event) is a real .docx that says what the
 * popup says, with "Mijn selectie"; the print view opens with the same report
 * (not through its address) and prints to PDF; axe finds nothing on either.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type RunningWorker } from '@@/scripts/lib/worker-process';
import { browserAvailable, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveFixtures } from './support/servers';
import { tableCells, unescapeXml } from '../support/docx-xml';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const run = browserAvailable() || process.env.CI === 'true';
if (!run) console.warn('e2e: skipped (no /usr/bin/chromium or no built extension); CI installs chromium and runs them.');

const STATUS = { covered: 'Gedekt', partial: 'Deels', missing: 'Ontbreekt' } as const;
/** Each table row of document.xml as its cells' text. */
const rowsOf = (xml: string) => tableCells(xml).map((row) => row.map(unescapeXml));

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () =>
    (await (globalThis as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
    })),
  );
  return violations.filter((v) => ['moderate', 'serious', 'critical'].includes(v.impact)).map((v) => `${v.id} (${v.impact})`);
}

describe.runIf(run)('reports in Chromium', () => {
  let worker: RunningWorker;
  let pages: Awaited<ReturnType<typeof serveFixtures>>;
  let b: ExtensionBrowser;
  let draft: Page;
  let popup: Page;
  /** What the popup shows per item: status and quoted evidence. */
  let shown: { id: string; status: keyof typeof STATUS; question: string; evidence: string[] }[];
  let kept: string;

  beforeAll(async () => {
    worker = await startWorker();
    pages = await serveFixtures(FIXTURES);
    b = await launchWithExtension();
    await b.useApi(worker.url, { display: 'beside' });

    // Keep one intervention in "Mijn selectie", as a user does from search.
    popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.getByLabel('Zoek in interventies').fill('deurbeleid');
    const first = popup.locator('li.item').first();
    kept = await first.locator('button.title').innerText();
    const keep = first.getByRole('button', { name: `Bewaar ${kept}` });
    await keep.click();
    await popup.waitForFunction((el) => el?.getAttribute('aria-pressed') === 'true', await keep.elementHandle());

    // The page check of the fixture draft, as in extension.test.ts.
    draft = await b.context.newPage();
    await draft.goto(`${pages.url}/draft.html`);
    await popup.getByRole('tab', { name: 'Controleer deze pagina' }).click();
    await draft.bringToFront();
    await popup.getByRole('button', { name: 'Controleer deze pagina' }).click();
    await popup.getByText(/\d+ gedekt, \d+ deels, \d+ ontbreekt/).waitFor();
    shown = await popup.locator('[data-item]').evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute('data-item')!,
        status: li.getAttribute('data-status') as 'covered',
        question: li.querySelector('p')!.textContent!,
        evidence: [...li.querySelectorAll('.evidence')].map((e) => e.textContent!.replace(/^“|”$/g, '')),
      })),
    );
  });
  afterAll(async () => {
    await b?.close();
    await pages?.close();
    await worker?.stop();
  });

  it('the popup with a check report has no accessibility violations', async () => {
    expect(shown).toHaveLength(24);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('"Download als Word-document" saves a real .docx with the headings, every item with its status and evidence, and Mijn selectie', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download als Word-document' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^wegwijzer-checklist-[a-z0-9-]*\d{4}-\d\d-\d\d\.docx$/);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const xml = strFromU8(files['word/document.xml']);
    const text = unescapeXml(xml);
    const summary = await popup.getByText(/\d+ gedekt, \d+ deels, \d+ ontbreekt/).innerText();
    expect(text).toContain(summary);
    expect(text).toContain('Checklist antidiscriminatiebeleid');
    expect(text).toMatch(/Gelezen: [^<]+, [\d.]+ tekens \([\d.]+ woorden\)\./);
    for (const heading of await popup.locator('.check-report section > h3').allInnerTexts())
      expect(xml).toMatch(new RegExp(`Heading1"/>[\\s\\S]{0,300}?${heading.replace(/'/g, '&apos;')}`));
    const rows = rowsOf(xml).filter((r) => r[0] !== 'Checklistpunt');
    expect(rows).toHaveLength(24);
    for (const item of shown) {
      const row = rows.find((r) => r[0] === item.question);
      expect(row, item.id).toBeDefined();
      expect(row![1]).toBe(STATUS[item.status]);
      for (const e of item.evidence) expect(row![2]).toContain(`“${e}”`);
    }
    expect(shown.find((i) => i.id === 'begroting')!.status).toBe('covered');
    expect(text).toContain('Mijn selectie');
    expect(text).toContain(kept);
  });

  it('"Afdrukken of opslaan als PDF" opens the print view with the same report, not through its address, and it prints to PDF', async () => {
    // The view asks for the print dialog as it opens; here that request is recorded, so it cannot race the PDF below.
    await b.context.addInitScript(() => {
      window.print = () => void document.documentElement.setAttribute('data-print-asked', '');
    });
    const [view] = await Promise.all([
      b.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).click(),
    ]);
    await view.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(view.url()).pathname).toBe('/report.html');
    expect(new URL(view.url()).search + new URL(view.url()).hash).toBe('');
    const rows = await view
      .locator('tr[data-item]')
      .evaluateAll((trs) => trs.map((tr) => ({ id: tr.getAttribute('data-item'), status: tr.getAttribute('data-status') })));
    expect(rows).toEqual(shown.map(({ id, status }) => ({ id, status })));
    expect(await view.getByRole('heading', { name: 'Mijn selectie' }).count()).toBe(1);
    expect(await view.getByText(kept).count()).toBeGreaterThan(0);
    expect(await axeViolations(view)).toEqual([]);
    // On paper: no buttons, and the report fits the page width.
    await view.locator('html[data-print-asked]').waitFor({ state: 'attached' });
    await view.emulateMedia({ media: 'print' });
    expect(await view.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible()).toBe(false);
    const pdf = await view.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await view.close();
  });
});
