/**
 * Shipped sizes, gzipped (level 9): the snapshot, the worker bundle as
 * wrangler would upload it (`wrangler deploy --dry-run --outdir`), and the
 * extension's content script, panel, popup and background.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '@@/scripts/kb-files';
import { emit } from '../lib';

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const ext = join(ROOT, '.output', 'chrome-mv3');

function workerBundle(): { raw: number; gz: number } {
  const out = mkdtempSync(join(tmpdir(), 'wegwijzer-dryrun-'));
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', out], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    const files = readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
    return { raw: files.reduce((a, f) => a + statSync(join(out, f)).size, 0), gz: files.reduce((a, f) => a + gz(join(out, f)), 0) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A page and every script, module preload and stylesheet it references. */
function pageBytes(html: string): number {
  const text = readFileSync(join(ext, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return gz(join(ext, html)) + [...new Set(refs)].reduce((a, f) => a + gz(join(ext, f)), 0);
}

const worker = workerBundle();
emit({
  'size.snapshot.gz_bytes': gz(join(ROOT, '.generated', 'snapshot.json')),
  'size.snapshot.raw_bytes': statSync(join(ROOT, '.generated', 'snapshot.json')).size,
  'size.worker.gz_bytes': worker.gz,
  'size.worker.raw_bytes': worker.raw,
  'size.content_script.gz_bytes': gz(join(ext, 'content-scripts', 'content.js')),
  // The panel is an extension page, loaded in its frame only when opened; the side panel is its own page.
  'size.panel.gz_bytes': pageBytes('panel.html'),
  'size.sidepanel.gz_bytes': pageBytes('sidepanel.html'),
  'size.popup.gz_bytes': pageBytes('popup.html'),
  'size.background.gz_bytes': gz(join(ext, 'background.js')),
});
