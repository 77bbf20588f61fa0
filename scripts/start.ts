/**
 * `npm start`: builds the knowledge base and the extension, starts the API on
 * localhost, then opens Chromium with the extension on the demo draft page
 * when a display and a Chromium/Chrome are present, or prints how to load the
 * extension by hand. Ctrl-C stops everything it started.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT } from './kb-files';
import { startWorker } from './lib/worker-process';

const port = Number(process.env.PORT ?? 8787);
const apiUrl = process.env.WEGWIJZER_API_URL ?? `http://localhost:${port}`;
const extDir = join(ROOT, '.output', 'chrome-mv3');

console.log('Building the knowledge base and the extension…');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, WEGWIJZER_API_URL: apiUrl } });

const worker = await startWorker({ port });
const demo = `${worker.url}/`;

function findChrome(): string | null {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) for (const n of names) if (existsSync(join(dir, n))) return join(dir, n);
  const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  return process.platform === 'darwin' && existsSync(mac) ? mac : null;
}
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const chrome = hasDisplay ? findChrome() : null;

let browser: ChildProcess | null = null;
let profile: string | null = null;
if (chrome) {
  profile = mkdtempSync(join(tmpdir(), 'wegwijzer-profile-'));
  browser = spawn(
    chrome,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      demo,
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  console.log(`\nOpened ${chrome} with the extension on the demo page: ${demo}`);
  console.log('Select a few words on the page and choose the Wegwijzer button, or open the extension and choose "Controleer deze pagina".');
  console.log('(Branded Google Chrome 137+ ignores --load-extension; if the button does not appear, load it by hand as below.)');
}
console.log(`
Wegwijzer is running.
  API:        ${worker.url}/api/health
  Demo draft: ${demo}
  Extension:  ${extDir}

Load the extension by hand (Chrome or Edge):
  1. Open chrome://extensions (Edge: edge://extensions).
  2. Switch on "Developer mode" (Edge: "Developer mode" in the left column).
  3. Click "Load unpacked" and choose ${extDir}
  4. Open ${demo}, select a passage and click the Wegwijzer button.

Press Ctrl-C to stop.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (browser?.pid) {
    try {
      process.kill(-browser.pid, 'SIGTERM');
    } catch {
      /* already closed */
    }
  }
  await worker.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
worker.child.on('exit', () => void stop());
