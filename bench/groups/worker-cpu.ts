/**
 * CPU per request of the worker's own code, against the Workers free plan's
 * 10 ms: each request goes through the whole Hono app (body read and limits,
 * validation, engine, answer serialised), in this process, with the CPU time
 * (process.cpuUsage, user + system) of each request. workerd runs the same
 * V8; its isolate start-up (index load) is not a request's cost.
 *
 * Each figure is taken warm: an isolate serves many requests, and the first
 * few hundred in a fresh process pay for V8 tiering up the code and for the
 * young generation growing to size (the CPU of those threads counts here).
 * The first requests after start-up are measured too, apart
 * (`worker.cpu.match.cold_ms`): that is what a rarely used isolate costs.
 *
 * Requests: a match of 1,000 and 10,000 characters; checks of drafts of
 * 5 KB, 100 KB and 1 MB (the last two are over LIMITS.checkChars, so what is
 * measured is their refusal), the largest draft one request accepts, and
 * hostile drafts at the limits (word salad, one-word lines, tiny sentences,
 * short words).
 */
import { LIMITS } from '@@/core/api/limits';
import { app } from '@@/worker/app';
import { emit, round } from '../lib';
import { draft, passage } from '../texts';

const collect = (globalThis as { gc?: () => void }).gc;

interface Measured {
  /** The least of the runs: the cost without other processes' interference, on a busy shared machine. */
  min: number;
  median: number;
  p95: number;
  status: number;
  bytes: number;
}

/** Requests before each figure: by then the per-request CPU has settled (bench notes in BENCHMARKS.md). */
const WARMUP = 300;

/** POST {text} to `path`, or GET it when there is no text. */
async function cpuPerRequest(path: string, text: string | null, runs = 100, warmup = WARMUP): Promise<Measured> {
  const body = JSON.stringify({ text });
  const init = (): RequestInit =>
    text === null
      ? { method: 'GET' }
      : { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }, body };
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < warmup; i++) await (await app.request(path, init())).arrayBuffer();
  // Garbage is collected once before, not before each request: the collector's threads would count as the request's CPU.
  collect?.();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const request = init();
    const start = process.cpuUsage();
    const res = await app.request(path, request);
    const answer = await res.arrayBuffer();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
    status = res.status;
    bytes = answer.byteLength;
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { min: round(samples[0]), median: round(at(0.5)), p95: round(at(0.95)), status, bytes };
}

/** Prose from the eval drafts, cut to `chars` characters. */
const prose = (chars: number) => draft(Math.ceil(chars / 4)).slice(0, chars);
const words = prose(20_000).split(/\s+/);
let seed = 7;
const next = () => ((seed = (seed * 16807) % 2147483647), seed / 2147483647);
const salad = (chars: number) => {
  let out = '';
  while (out.length < chars) out += words[Math.floor(next() * words.length)] + ' ';
  return out.slice(0, chars);
};
/** Repeats `unit` as often as fits within `chars` and the given count. */
const repeat = (unit: string, chars: number, count = Infinity) => unit.repeat(Math.min(count, Math.floor(chars / unit.length)));

const max = LIMITS.checkChars - 10;
const cases: [string, string, string][] = [
  ['match', '/api/match', passage(1000)],
  ['match_10000chars', '/api/match', passage(10_000)],
  ['check_5kb', '/api/check', prose(5_000)],
  ['check_100kb', '/api/check', prose(100_000)],
  ['check_1mb', '/api/check', prose(1_000_000)],
  ['check_max', '/api/check', prose(max)],
  ['check_max_salad', '/api/check', salad(max)],
  ['check_max_lines', '/api/check', repeat('Beleid discriminatie raad\n', max, LIMITS.checkSentences)],
  ['check_max_sentences', '/api/check', repeat('Ja. ', max, LIMITS.checkSentences)],
  ['check_max_words', '/api/check', repeat('de wet ', max, LIMITS.checkWords / 2)],
];

const out: Record<string, number> = {};
// First, before any other request: a match in a fresh isolate (after the start-up warm call of worker/engine.ts).
const cold = await cpuPerRequest('/api/match', cases[0][2], 40, 5);
out['worker.cpu.match.cold_ms'] = cold.median;
out['worker.cpu.match.cold_min_ms'] = cold.min;
process.stderr.write(`  match, first 40 requests: ${cold.median} ms (min ${cold.min}, p95 ${cold.p95})\n`);
let worst = 0;
for (const [name, path, text] of cases) {
  const huge = name.includes('1mb');
  const m = await cpuPerRequest(path, text, huge ? 30 : 100, huge ? 30 : WARMUP);
  out[`worker.cpu.${name}.ms`] = m.median;
  out[`worker.cpu.${name}.p95_ms`] = m.p95;
  out[`worker.cpu.${name}.min_ms`] = m.min;
  out[`worker.cpu.${name}.status`] = m.status;
  out[`worker.cpu.${name}.response_bytes`] = m.bytes;
  if (name.startsWith('check_max')) worst = Math.max(worst, m.median);
  process.stderr.write(`  ${name}: ${m.median} ms (min ${m.min}, p95 ${m.p95}), ${m.status}, ${m.bytes} B, ${text.length} chars\n`);
}
out['worker.cpu.check_worst_accepted.ms'] = worst;
// The framework's own cost in Node (undici's Request and Response are far slower than workerd's): a request that does nothing.
const health = await cpuPerRequest('/api/health', null);
out['worker.cpu.health.ms'] = health.median;
out['worker.cpu.health.min_ms'] = health.min;
emit(out);
