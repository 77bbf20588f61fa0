/**
 * `npm run eval`: scores the engine on ../shared/eval and prints every miss.
 * Bar: ≥ 0.9 on each list and on the drafts. Exits 1 below the bar.
 * `npm run eval -- --cases <file> --drafts <dir>` scores other sets in the same
 * format (tests/eval/ has two); WEGWIJZER_EVAL_DIR points at another eval folder.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEngine } from '../core/engine';
import { ROOT } from './kb-files';
import { loadCases, loadDrafts, scoreDrafts, scoreMatch } from './eval-lib';

export const BAR = 0.9;

const { values } = parseArgs({ options: { cases: { type: 'string' }, drafts: { type: 'string' } } });
const engine = loadEngine(readFileSync(join(ROOT, '.generated', 'snapshot.json'), 'utf8'));
const match = scoreMatch(loadCases(values.cases ? resolve(values.cases) : undefined), (text) => {
  const m = engine.match(text);
  return { interventions: m.interventions.map((x) => x.record), guidance: m.guidance.map((x) => x.record), checklist: m.checklist.map((x) => x.record) };
});
const drafts = scoreDrafts(loadDrafts(values.drafts ? resolve(values.drafts) : undefined), (text) => engine.check(text));

const pct = (x: number) => x.toFixed(3);
let below = false;
console.log(`Relevance on ${values.cases ?? '../shared/eval'}${values.drafts ? ` and ${values.drafts}` : ''} (knowledge base ${engine.version})\n`);
for (const [list, s] of Object.entries(match)) {
  console.log(`  ${list.padEnd(14)} hit@3 ${pct(s.score)}  (${s.hits}/${s.cases})`);
  for (const m of s.misses) console.log(`      miss ${m.id}: top 3 = ${m.got.join('  ·  ') || '(nothing)'}`);
  below ||= s.score < BAR;
}
console.log(`  ${'drafts'.padEnd(14)} agreement ${pct(drafts.score)}  (${drafts.agree}/${drafts.total})`);
for (const m of drafts.misses) console.log(`      miss ${m.draft} ${m.id}: expected ${m.expected ? 'covered/partial' : 'missing'}, got ${m.status}`);
below ||= drafts.score < BAR;
console.log(below ? `\nBelow the bar of ${BAR} on at least one list.` : `\nAll lists at or above the bar of ${BAR}.`);
process.exit(below ? 1 : 0);
