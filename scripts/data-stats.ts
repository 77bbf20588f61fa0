/**
 * `npm run data:stats`: coverage of the knowledge base: counts per domain,
 * ground, type and step, and the records that lack an example municipality or
 * a real evidence note, so gaps are visible.
 */
import { formatProblem, validateFiles } from '../core/kb/validate';
import { DOMAIN_LABELS, DOMAINS, GROUNDS, GROUND_LABELS, STEPS, STEP_LABELS, TYPES, TYPE_LABELS } from '../core/taxonomy';
import { readSourceFiles } from './kb-files';

const { records, problems } = validateFiles(readSourceFiles());
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const { interventions, guidance, checklist } = records;

function table(title: string, ids: readonly string[], labels: Record<string, { nl: string }>, count: (id: string) => number, aim = 0) {
  console.log(`\n${title}`);
  for (const id of ids) {
    const n = count(id);
    console.log(`  ${labels[id].nl.padEnd(34)} ${String(n).padStart(4)}${aim && n < aim ? `   below ${aim}` : ''}`);
  }
}

const dos = guidance.filter((g) => g.kind === 'do').length;
console.log(`Knowledge base: ${interventions.length} interventions, ${guidance.length} guidance (${dos} do's, ${guidance.length - dos} don'ts), ${checklist.length} checklist items`);
table('Interventions per domain (aim: 3 or more)', DOMAINS, DOMAIN_LABELS, (d) => interventions.filter((r) => r.domains.includes(d as never)).length, 3);
table('Interventions per ground (aim: 3 or more; "alle" counts separately)', GROUNDS, GROUND_LABELS, (g) => interventions.filter((r) => r.grounds.includes(g as never)).length, 3);
table('Interventions per type', TYPES, TYPE_LABELS, (t) => interventions.filter((r) => r.types.includes(t as never)).length);
table("Do's and don'ts per step", STEPS, STEP_LABELS, (s) => guidance.filter((r) => r.steps.includes(s as never)).length);
table('Checklist items per step', STEPS, STEP_LABELS, (s) => checklist.filter((r) => r.step === s).length);

const noMunicipality = interventions.filter((r) => r.municipalities.length === 0);
const noEvidence = interventions.filter((r) => /^geen effectonderzoek( naar [^.]*)? bekend\.?$/i.test(r.evidence.trim()));
const withWarning = interventions.filter((r) => r.warning);
const uncertain = [...interventions, ...guidance].filter((r) => r.uncertain);
console.log(`\nInterventions without an example municipality (${noMunicipality.length}):`);
console.log(`  ${noMunicipality.map((r) => r.id).join(', ') || '(none)'}`);
console.log(`\nInterventions whose evidence note says only that no effect study is known (${noEvidence.length}):`);
console.log(`  ${noEvidence.map((r) => r.id).join(', ') || '(none)'}`);
console.log(`\nWith a backfire warning: ${withWarning.length}; with something marked uncertain: ${uncertain.length}`);
console.log(`In the KIS database (confirmed): ${interventions.filter((r) => r.inKisDatabase).map((r) => r.id).join(', ')}`);
