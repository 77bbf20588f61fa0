/**
 * What most browser tests start from: a real worker behind a counting proxy
 * (to see every request the extension makes), the fixture pages, and
 * Chromium with the built extension pointed at the proxy.
 */
import { join } from 'node:path';
import { startWorker } from '@@/scripts/lib/worker-process';
import { launchWithExtension } from './browser';
import { countingProxy, serveFixtures } from './servers';

export async function startSession(settings: Record<string, unknown> = {}) {
  const worker = await startWorker();
  const proxy = await countingProxy(worker.url);
  const pages = await serveFixtures(join(import.meta.dirname, '..', 'fixtures'));
  const b = await launchWithExtension();
  await b.useApi(proxy.url, settings);
  return {
    worker,
    proxy,
    pages,
    b,
    async close() {
      await b.close();
      await proxy.close();
      await pages.close();
      await worker.stop();
    },
  };
}
export type Session = Awaited<ReturnType<typeof startSession>>;
