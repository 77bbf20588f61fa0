/**
 * `npm run worker`: the API on http://127.0.0.1:$PORT (default 8787), in
 * workerd through wrangler, with the bundled knowledge base. No account, no
 * network needed (wrangler warns that it cannot fetch Request.cf; harmless).
 */
import { startWorker } from './lib/worker-process';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number (1–65535), got "${process.env.PORT}".`);
  process.exit(2);
}
const worker = await startWorker({ port, inherit: true });
console.log(`\nWegwijzer API: ${worker.url}/api/health · demo page: ${worker.url}/\n`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void worker.stop().then(() => process.exit(0)));
worker.child.on('exit', (code) => process.exit(code ?? 0));
