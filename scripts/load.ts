/**
 * `npm run load`: a bounded load test on loopback. Starts the worker
 * (`wrangler dev`, workerd), sends concurrent match and check requests for a
 * fixed time, and reports throughput, latency, errors and 5xx; then checks
 * that /api/health still answers; then sends an oversize chunked body (once
 * this made the next requests stall or answer 503) and checks that the next
 * request, on a new connection, answers at once. Exits 1 on any error or 5xx.
 * The rate limits are off for this run (all requests come from one address).
 * Env: LOAD_SECONDS (default 15), LOAD_CONNECTIONS (default 20), or URL of a
 * running worker (default: start one).
 */
import autocannon from 'autocannon';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR } from './eval-lib';
import { startWorker } from './lib/worker-process';

const seconds = Number(process.env.LOAD_SECONDS ?? 15);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 20);
const own = process.env.URL ? null : await startWorker({ vars: { RATE_LIMITS: 'off' } });
const url = process.env.URL ?? own!.url;

const draft = readFileSync(join(EVAL_DIR, 'drafts', 'lindenburg-kadernota.md'), 'utf8');
const passage =
  'Werkgevers in onze gemeente nodigen sollicitanten met een Turkse achternaam minder vaak uit. Portiers weigeren jongeren van kleur.';
const json = { 'Content-Type': 'application/json' };

/** POST /api/check with a 2.4 MB chunked body (no Content-Length): the answer's status. */
function oversizeChunked(base: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      `${base}/api/check`,
      { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.write('{"text":"');
    for (let i = 0; i < 40; i++) req.write('woord '.repeat(10_000));
    req.end('"}');
  });
}

try {
  console.log(`load: ${connections} connections for ${seconds} s against ${url} (match and check, alternating)…`);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      { method: 'POST', path: '/api/match', headers: json, body: JSON.stringify({ text: passage }) },
      { method: 'POST', path: '/api/check', headers: json, body: JSON.stringify({ text: draft.repeat(8) }) },
    ],
  });
  const fiveXX = result['5xx'];
  const health = await fetch(`${url}/api/health`)
    .then((r) => r.status)
    .catch(() => 0);
  const chunked = await oversizeChunked(url);
  const t = performance.now();
  const after = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) })
    .then((r) => r.status)
    .catch(() => 0);
  const afterMs = Math.round(performance.now() - t);
  const report = {
    seconds,
    connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    '5xx': fiveXX,
    health_after: health,
    oversize_chunked_status: chunked,
    health_after_oversize_chunked: after,
    health_after_oversize_chunked_ms: afterMs,
  };
  console.log(JSON.stringify(report, null, 2));
  const ok =
    result.errors === 0 &&
    result.timeouts === 0 &&
    result.non2xx === 0 &&
    fiveXX === 0 &&
    health === 200 &&
    chunked === 413 &&
    after === 200 &&
    afterMs < 1000;
  console.log(
    ok ? 'load: ok, zero errors, zero 5xx; /api/health answers after the load and at once after an oversize chunked body.' : 'load: FAILED',
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  await own?.stop();
}
