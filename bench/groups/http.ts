/**
 * A short, bounded load on the real worker (`wrangler dev`, workerd, loopback
 * only): POST /api/match with a 1,000-character passage, 10 connections, 10 s.
 */
import autocannon from 'autocannon';
import { startWorker } from '@@/scripts/lib/worker-process';
import { emit, round } from '../lib';
import { passage } from '../texts';

const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
// One client address sending thousands of requests: the rate limits (which would answer 429) are off for this run.
const worker = await startWorker({ vars: { RATE_LIMITS: 'off' } });
try {
  const body = JSON.stringify({ text: passage(1000) });
  // Warm up the isolate before measuring.
  for (let i = 0; i < 20; i++)
    await fetch(`${worker.url}/api/match`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const result = await autocannon({
    url: `${worker.url}/api/match`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    connections: 10,
    duration: DURATION_S,
  });
  emit({
    'http.match.rps': round(result.requests.average, 1),
    'http.match.p50_ms': result.latency.p50,
    'http.match.p99_ms': result.latency.p99,
    'http.match.errors': result.errors + result.timeouts + result.non2xx,
    'http.match.requests': result.requests.total,
  });
} finally {
  await worker.stop();
}
