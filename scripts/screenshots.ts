/**
 * npm run screenshots: regenerates the README's pictures in docs/screenshots/
 * from the real extension in Chromium against a real `wrangler dev`: the panel
 * beside a selection, the side panel, the page check, the printable report,
 * the council member's questions and the popup search. The extension is built into its own folder
 * (.output-screenshots), so no other build is replaced. The tests never write
 * here, so `npm test` leaves git clean.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './kb-files';

const OUT_DIR = '.output-screenshots';
const SHOTS = join(ROOT, 'docs', 'screenshots');
process.env.WEGWIJZER_OUT_DIR = OUT_DIR;

function build() {
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WEGWIJZER_OUT_DIR: OUT_DIR } });
  if (r.status !== 0) throw new Error('the extension did not build (npx wxt build)');
}

async function main() {
  build();
  // Imported after the output folder is set: the browser helper reads it when it loads.
  const { checkFromPopup, launchWithExtension, selectIn, wegwijzerButton, panel } = await import('../tests/e2e/support/browser');
  const { serveFixtures } = await import('../tests/e2e/support/servers');
  const { startWorker } = await import('./lib/worker-process');
  mkdirSync(SHOTS, { recursive: true });

  const worker = await startWorker();
  const pages = await serveFixtures(join(ROOT, 'tests', 'e2e', 'fixtures'));
  const b = await launchWithExtension();
  const shot = (name: string) => join(SHOTS, name);
  try {
    // 1. The panel beside a selection (the choice "naast de tekst").
    await b.useApi(worker.url, { display: 'beside' });
    const demo = await b.context.newPage();
    await demo.goto(`${worker.url}/`);
    await selectIn(demo, 'p:has-text("Jongeren met een migratieachtergrond")');
    await wegwijzerButton(demo).click();
    const p = await panel(demo);
    await p.getByText('Antwoord van de Wegwijzer-server.').waitFor();
    await demo.screenshot({ path: shot('panel.png') });
    await demo.close();

    // 2. The side panel with advice on a passage, at a side panel's width. Chrome's side panel is browser
    //    chrome a headless browser does not draw, so the same page is shown in a tab of that width.
    await b.useApi(worker.url, { display: 'sidepanel' });
    const side = await b.context.newPage();
    await side.setViewportSize({ width: 420, height: 900 });
    await side.goto(`chrome-extension://${b.extensionId}/sidepanel.html`);
    await side.getByRole('main', { name: 'Wegwijzer' }).waitFor();
    // What the background does on an activation in this window: put the passage there.
    await side.evaluate(async (text) => {
      const w = await chrome.windows.getCurrent();
      await chrome.storage.session.set({ [`sidepanel-${w.id}`]: { view: 'advice', text, tabId: 0, id: 'screenshot' } });
    }, 'Jongeren met een migratieachtergrond worden minder vaak uitgenodigd voor een sollicitatiegesprek en vinden moeilijker een stageplek.');
    await side.getByRole('heading', { name: 'Interventies' }).waitFor();
    await side.getByText('Antwoord van de Wegwijzer-server.').waitFor();
    const keep = side.getByRole('button', { name: /^Bewaar / }).first();
    const label = (await keep.getAttribute('aria-label')) ?? '';
    await keep.click();
    await side.getByRole('button', { name: label, pressed: true }).waitFor();
    await side.screenshot({ path: shot('sidepanel.png') });
    await side.close();

    // 3. The page check of a draft, from the popup, and 4. its printable report.
    const draft = await b.context.newPage();
    await draft.goto(`${pages.url}/draft.html`);
    const popup = await checkFromPopup(b, draft);
    await popup
      .getByText(/\d+ gedekt, \d+ deels, \d+ ontbreekt/)
      .first()
      .waitFor();
    await popup.setViewportSize({ width: 460, height: 900 });
    await popup.screenshot({ path: shot('page-check.png') });
    const print = popup.getByRole('button', { name: 'Afdrukken of opslaan als PDF' });
    if (await print.count()) {
      const [report] = await Promise.all([b.context.waitForEvent('page'), print.click()]);
      await report.waitForLoadState('load');
      await report.getByRole('heading', { level: 1 }).first().waitFor();
      await report.setViewportSize({ width: 900, height: 1200 });
      await report.screenshot({ path: shot('report.png') });
      await report.close();
    } else {
      console.warn('screenshots: no print view in this build; report.png not made');
    }
    await popup.close();
    await draft.close();

    // 5. The same check for a council member: questions to put to the college.
    await b.useApi(worker.url, { display: 'sidepanel', audience: 'raad' });
    const draft2 = await b.context.newPage();
    await draft2.goto(`${pages.url}/draft.html`);
    const council = await checkFromPopup(b, draft2);
    const questions = council.getByRole('region', { name: 'Vragen aan het college' });
    if (
      await questions.waitFor({ timeout: 20_000 }).then(
        () => true,
        () => false,
      )
    ) {
      await council.setViewportSize({ width: 460, height: 900 });
      await questions.scrollIntoViewIfNeeded();
      await council.screenshot({ path: shot('council-check.png') });
    } else {
      console.warn('screenshots: no council questions in this build; council-check.png not made');
    }
    await council.close();
    await draft2.close();
    await b.useApi(worker.url, { display: 'sidepanel' });

    // 6. Searching interventions in the popup.
    const search = await b.context.newPage();
    await search.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await search.getByLabel('Zoek in interventies').fill('deurbeleid');
    await search.getByRole('list', { name: 'Interventies' }).getByRole('button').first().waitFor();
    await search.setViewportSize({ width: 460, height: 640 });
    await search.screenshot({ path: shot('popup-search.png') });
    await search.close();
    console.log(`screenshots: written to ${SHOTS}`);
  } finally {
    await b.close();
    await pages.close();
    await worker.stop();
  }
}

declare const chrome: {
  windows: { getCurrent(): Promise<{ id: number }> };
  storage: { session: { set(v: unknown): Promise<void> } };
};

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
