/**
 * Where pdf.js comes from. In the extension (pages and background) the modern
 * build, bundled with the extension: nothing is loaded from elsewhere. In an
 * extension page the parsing runs in pdf.js's own worker (an extension file);
 * where there is no DOM, as in the background service worker (which cannot
 * start workers), pdf.js runs in the same thread via `globalThis.pdfjsWorker`.
 * Node (tests, benchmarks) needs pdf.js's legacy build: see setPdfjsLoader.
 */
export type Pdfjs = typeof import('pdfjs-dist');

async function browserPdfjs(): Promise<Pdfjs> {
  const pdfjs = await import('pdfjs-dist');
  if (typeof document !== 'undefined' && typeof Worker !== 'undefined') {
    const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  } else {
    await inThread(() => import('pdfjs-dist/build/pdf.worker.mjs'));
  }
  return pdfjs;
}

/** pdf.js looks for `globalThis.pdfjsWorker.WorkerMessageHandler` and, if it is there, parses in this thread. */
export async function inThread(load: () => Promise<unknown>) {
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= await load();
}

let loader: () => Promise<Pdfjs> = browserPdfjs;
let loaded: Promise<Pdfjs> | undefined;

/** For Node: `setPdfjsLoader(async () => { await inThread(() => import('pdfjs-dist/legacy/build/pdf.worker.mjs')); return import('pdfjs-dist/legacy/build/pdf.mjs'); })`. */
export function setPdfjsLoader(load: () => Promise<Pdfjs>) {
  loader = load;
  loaded = undefined;
}

export const pdfjs = () => (loaded ??= loader());
