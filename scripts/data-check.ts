/**
 * `npm run data:check [dir]`: validates every knowledge-base file and prints
 * every problem (file, field, what is wrong). Exits 1 on any problem.
 */
import { formatProblem } from '../core/kb/validate';
import { readKnowledgeBase } from './kb-files';

const dir = process.argv[2];
const { records, problems } = readKnowledgeBase(dir);

if (problems.length) {
  console.error(`data:check found ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const { interventions, guidance, checklist, learned } = records;
const dos = guidance.filter((g) => g.kind === 'do').length;
console.log(
  `data:check ok: ${interventions.length} interventions, ${guidance.length} guidance (${dos} do's, ${guidance.length - dos} don'ts), ${checklist.length} checklist items${learned ? `, a learned checklist reading of ${learned.items.length} items` : ''}`,
);
