/** pdf.js in Node (tests, benchmarks): its legacy build, parsing in this thread (pdf.js's advice for Node). */
import { inThread, setPdfjsLoader, type Pdfjs } from '@@/extension/documents/pdfjs-loader';

export function usePdfjsForNode() {
  setPdfjsLoader(async () => {
    await inThread(() => import('pdfjs-dist/legacy/build/pdf.worker.mjs'));
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as Pdfjs;
  });
}
