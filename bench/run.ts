/**
 * `npm run bench`: every figure group in a process of its own (so one group's
 * garbage and JIT state do not colour another's), then one table and
 * bench/results.json, a flat object from metric name to number.
 * Groups: engine, scaled, sizes, relevance, worker-cpu, http. `npm run bench -- engine sizes` runs some.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '@@/scripts/kb-files';

const ALL = ['engine', 'scaled', 'sizes', 'relevance', 'worker-cpu', 'http', 'documents', 'where'];
const groups = process.argv.slice(2).length ? process.argv.slice(2) : ALL;

const results: Record<string, number> = {};
for (const group of groups) {
  if (!ALL.includes(group)) throw new Error(`Unknown group "${group}"; choose from ${ALL.join(', ')}.`);
  process.stderr.write(`bench: ${group}…\n`);
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'groups', `${group}.ts`)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = out.trim().split('\n').pop()!;
  Object.assign(results, JSON.parse(line));
}

writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');

/** The spec's bars: [metric, limit, 'max' | 'min']. */
const BARS: [string, number, 'max' | 'min'][] = [
  ['load.snapshot.ms', 10, 'max'],
  ['match.1000chars.ms', 2, 'max'],
  ['check.5000words.ms', 20, 'max'],
  ['scaled.10000.match.ms', 10, 'max'],
  ['scaled.10000.load.ms', 500, 'max'],
  ['size.content_script.gz_bytes', 20 * 1024, 'max'],
  ['size.worker.gz_bytes', 3 * 1024 * 1024, 'max'],
  ['relevance.dev.interventions', 0.9, 'min'],
  ['relevance.dev.guidance', 0.9, 'min'],
  ['relevance.dev.checklist', 0.9, 'min'],
  ['relevance.dev.drafts', 0.9, 'min'],
  // CPU per request against the Workers free plan's 10 ms (a check over LIMITS.checkChars is refused, and that is what is measured).
  ['worker.cpu.match.ms', 2, 'max'],
  ['worker.cpu.check_100kb.ms', 10, 'max'],
  ['worker.cpu.check_worst_accepted.ms', 10, 'max'],
  // Issue 13's goals, end to end: read, check and render.
  ['documents.browser.docx.read_check_render.ms', 1000, 'max'],
  ['documents.browser.pdf.read_check_render.ms', 2000, 'max'],
  ['documents.docx.parse_check.ms', 1000, 'max'],
  ['documents.pdf.parse_check.ms', 2000, 'max'],
  ['where.frame_draft.page_check.ms', 300, 'max'],
];
const bar = new Map(BARS.map(([m, v, k]) => [m, { v, k }]));

const rows = Object.entries(results).map(([metric, value]) => {
  const b = bar.get(metric);
  const verdict = b
    ? (b.k === 'max' ? value <= b.v : value >= b.v)
      ? `ok (${b.k === 'max' ? '≤' : '≥'} ${b.v})`
      : `MISSED (${b.k === 'max' ? '≤' : '≥'} ${b.v})`
    : '';
  return [metric, String(value), verdict];
});
const w = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(
  `\nWegwijzer benchmarks · ${new Date().toISOString().slice(0, 10)} · ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length} · Node ${process.version}\n`,
);
for (const [m, v, verdict] of rows) console.log(`  ${m.padEnd(w[0])}  ${v.padStart(w[1])}  ${verdict}`);

const ratio = (a: string, b: string) => (results[a] && results[b] ? (results[a] / results[b]).toFixed(2) : 'n/a');
if (results['relevance.dev.interventions'] !== undefined && results['baseline.lunr_nl.relevance.interventions'] !== undefined) {
  console.log('\n  Ratios to the baselines (ours / baseline), interventions:');
  for (const base of ['minisearch_default', 'lunr_nl']) {
    console.log(
      `    ${base.padEnd(20)} hit@3 ${ratio('relevance.dev.interventions', `baseline.${base}.relevance.interventions`)}` +
        `  hit@1 ${ratio('relevance.dev.interventions.hit_at_1', `baseline.${base}.relevance.interventions.hit_at_1`)}` +
        `  precision@3 ${ratio('relevance.dev.interventions.precision_at_3', `baseline.${base}.relevance.interventions.precision_at_3`)}` +
        `  time ${ratio('relevance.dev.ms', `baseline.${base}.ms`)}`,
    );
  }
}
const missed = BARS.filter(([m]) => m in results && rows.find((r) => r[0] === m)![2].startsWith('MISSED'));
console.log(missed.length ? `\n${missed.length} bar(s) missed: ${missed.map(([m]) => m).join(', ')}` : '\nAll measured bars hold.');
console.log('Written to bench/results.json');
