/**
 * Documents: parse + check of a generated 50-page .docx and .pdf (the draft
 * with headings and lists, repeated to ~26,000 words), medians; and the
 * gzipped size of what the extension loads only when a document is chosen,
 * from the built extension (WEGWIJZER_OUT_DIR or .output). Node runs pdf.js's
 * legacy build in-thread; in the browser pdf.js parses in its own worker, and
 * the same two files are also timed there, from choice to report on screen.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadEngine } from '@@/core/engine';
import { readDocument } from '@@/extension/documents';
import { ROOT } from '@@/scripts/kb-files';
import { longDraft, makeDocx, makePdf } from '@@/tests/support/make-documents';
import { usePdfjsForNode } from '@@/tests/support/pdfjs-node';
import { browserAvailable, launchWithExtension } from '@@/tests/e2e/support/browser';
import { startWorker } from '@@/scripts/lib/worker-process';
import { emit, round } from '../lib';
import { snapshotText } from '../texts';

usePdfjsForNode();
const collect = (globalThis as { gc?: () => void }).gc;

async function timeAsync(fn: () => Promise<unknown>, { warmup = 1, runs = 11 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect?.();
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: round(samples[Math.floor(runs / 2)]), p95: round(samples[Math.min(runs - 1, Math.floor(runs * 0.95))]) };
}

const engine = loadEngine(snapshotText(ROOT));
const md = longDraft(20_500);
const docx = await makeDocx(md);
const pdf = await makePdf(md);
const pdfDoc = await readDocument({ name: 'nota.pdf', bytes: pdf });
if ((pdfDoc.pages ?? 0) < 50) throw new Error(`the generated PDF has ${pdfDoc.pages} pages, fewer than 50`);

const parseCheck = (name: string, bytes: Uint8Array) => async () => engine.check((await readDocument({ name, bytes })).text);
const d = await timeAsync(parseCheck('nota.docx', docx));
const p = await timeAsync(parseCheck('nota.pdf', pdf));
const dParse = await timeAsync(() => readDocument({ name: 'nota.docx', bytes: docx }));
const pParse = await timeAsync(() => readDocument({ name: 'nota.pdf', bytes: pdf }));

/**
 * In Chromium, on the built extension's documents page, in private mode (the
 * index put in storage as a server answer would leave it): from choosing the
 * file to the report on screen. Skipped without Chromium or a build.
 */
async function inBrowser(): Promise<Record<string, number>> {
  if (!browserAvailable()) return {};
  // Private mode: the extension downloads and validates the index once, then checks in the browser.
  const worker = await startWorker();
  const b = await launchWithExtension();
  try {
    await b.useApi(worker.url, { mode: 'private' });
    const page = await b.context.newPage();
    const once = (name: string, bytes: Uint8Array) => async () => {
      await page.goto(`chrome-extension://${b.extensionId}/documents.html`);
      await page.getByLabel(/document/).waitFor();
      const t = performance.now();
      await page.getByLabel(/document/).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
      await page.getByText(/^\d+ gedekt, \d+ deels, \d+ ontbreekt$/).waitFor({ timeout: 60_000 });
      return performance.now() - t;
    };
    const median = async (fn: () => Promise<number>, runs = 5) => {
      await fn();
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) xs.push(await fn());
      return round(xs.sort((a, c) => a - c)[Math.floor(runs / 2)]);
    };
    return {
      'documents.browser.docx.read_check_render.ms': await median(once('nota.docx', docx)),
      'documents.browser.pdf.read_check_render.ms': await median(once('nota.pdf', pdf)),
    };
  } finally {
    await b.close();
    await worker.stop();
  }
}

/** The built extension: the document page's own files, and what its document reader pulls in lazily. */
function sizes(): Record<string, number> {
  const ext = join(ROOT, process.env.WEGWIJZER_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!existsSync(join(ext, 'documents.html'))) return {};
  const gz = (rel: string) => gzipSync(readFileSync(join(ext, rel)), { level: 9 }).length;
  const imports = (rel: string) => {
    const code = readFileSync(join(ext, rel), 'utf8');
    const dir = rel.slice(0, rel.lastIndexOf('/') + 1);
    const resolve = (s: string) => (s.startsWith('/') ? s.slice(1) : join(dir, s));
    const stat = [...code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => resolve(m[1]));
    const dyn = [...code.matchAll(/import\("(\.{1,2}\/[^"]+\.js)"\)/g)].map((m) => resolve(m[1]));
    const assets = [...code.matchAll(/"(\/assets\/[^"]+\.mjs)"/g)].map((m) => resolve(m[1]));
    return { stat, dyn, assets };
  };
  const closure = (start: string[], withDynamic: boolean, skip: Set<string>) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f) || skip.has(f)) return;
      seen.add(f);
      const { stat, dyn, assets } = imports(f);
      for (const a of assets) seen.add(a);
      for (const s of [...stat, ...(withDynamic ? dyn : [])]) visit(s);
    };
    start.forEach(visit);
    return seen;
  };
  const html = readFileSync(join(ext, 'documents.html'), 'utf8');
  const page = new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]));
  const pageAll = closure([...page], false, new Set());
  const reader = closure(
    [...pageAll].flatMap((f) => imports(f).dyn),
    false,
    pageAll,
  );
  const skip = new Set([...pageAll, ...reader]);
  const lazy = [...reader].flatMap((f) => imports(f).dyn);
  const format = (name: RegExp) =>
    closure(
      lazy.filter((f) => name.test(f)),
      true,
      skip,
    );
  const sum = (files: Set<string>) => [...files].reduce((a, f) => a + gz(f), 0);
  const content = readFileSync(join(ext, 'content-scripts', 'content.js'), 'utf8');
  const leaked = ['DocumentError', 'GlobalWorkerOptions', 'docPickLabel', 'transformDocument'].filter((s) => content.includes(s));
  if (leaked.length) throw new Error(`the content script includes document code: ${leaked.join(', ')}`);
  const all = readdirSync(join(ext, 'chunks'));
  const inThread = all.find((f) => /^pdf\.worker-[\w-]+\.js$/.test(f));
  return {
    'size.documents.page.gz_bytes': sum(pageAll) + gz('documents.html'),
    'size.documents.reader.gz_bytes': sum(reader),
    'size.documents.docx.gz_bytes': sum(format(/\/docx-/)),
    'size.documents.odt.gz_bytes': sum(format(/\/odt-/)),
    'size.documents.pdf.gz_bytes': sum(format(/\/pdf(?:\.worker\.min)?-/)),
    ...(inThread ? { 'size.documents.pdf_in_thread_fallback.gz_bytes': gz(join('chunks', inThread)) } : {}),
    'size.documents.in_content_script': 0,
  };
}

emit({
  'documents.words': pdfDoc.words,
  'documents.pdf_pages': pdfDoc.pages ?? 0,
  'documents.docx_bytes': docx.byteLength,
  'documents.pdf_bytes': pdf.byteLength,
  'documents.docx.parse_check.ms': d.median,
  'documents.docx.parse.ms': dParse.median,
  'documents.pdf.parse_check.ms': p.median,
  'documents.pdf.parse.ms': pParse.median,
  ...sizes(),
  ...(await inBrowser()),
});
