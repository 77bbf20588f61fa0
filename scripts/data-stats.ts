/**
 * `npm run data:stats`: coverage of the knowledge base: counts per domain,
 * ground, form, type, step and council role, and the records that lack an
 * example municipality or a real evidence note, so gaps are visible. Where a
 * form or ground has fewer than 5 specific records, it says so.
 */
import { formatProblem, validateFiles } from '../core/kb/validate';
import {
  COUNCIL_INSTRUMENT_LABELS,
  COUNCIL_INSTRUMENTS,
  COUNCIL_ROLE_LABELS,
  COUNCIL_ROLES,
  DOMAIN_LABELS,
  DOMAINS,
  FORM_LABELS,
  FORMS,
  GROUNDS,
  GROUND_LABELS,
  STEPS,
  STEP_LABELS,
  TYPES,
  TYPE_LABELS,
} from '../core/taxonomy';
import { readSourceFiles } from './kb-files';

const { records, problems } = validateFiles(readSourceFiles());
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const { interventions, guidance, checklist, council } = records;
/** The spec's aim for each form and ground (issue 17): at least this many specific records. */
const SPECIFIC_AIM = 5;

function table(title: string, ids: readonly string[], labels: Record<string, { nl: string }>, count: (id: string) => number, aim = 0) {
  console.log(`\n${title}`);
  for (const id of ids) {
    const n = count(id);
    console.log(`  ${labels[id].nl.padEnd(34)} ${String(n).padStart(4)}${aim && n < aim ? `   below ${aim}` : ''}`);
  }
}

const dos = guidance.filter((g) => g.kind === 'do').length;
console.log(
  `Knowledge base: ${interventions.length} interventions, ${guidance.length} guidance (${dos} do's, ${guidance.length - dos} don'ts), ${checklist.length} checklist items (${checklist.filter((c) => c.councilQuestion).length} with a council question), ${council.length} council records`,
);
table(
  'Interventions per domain (aim: 3 or more)',
  DOMAINS,
  DOMAIN_LABELS,
  (d) => interventions.filter((r) => r.domains.includes(d as never)).length,
  3,
);
table(
  'Interventions per ground (aim: 3 or more; "alle" counts separately)',
  GROUNDS,
  GROUND_LABELS,
  (g) => interventions.filter((r) => r.grounds.includes(g as never)).length,
  3,
);
/** A row per id: interventions, guidance, council records and their sum, flagged below the aim. */
function specificTable(
  title: string,
  ids: readonly string[],
  labels: Record<string, { nl: string }>,
  has: (r: { grounds?: string[]; forms?: string[] }, id: string) => boolean,
) {
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(34)} ${'int.'.padStart(5)} ${'guid.'.padStart(5)} ${'raad'.padStart(5)} ${'total'.padStart(6)}`);
  const below: string[] = [];
  for (const id of ids) {
    const [i, g, c] = [interventions, guidance, council].map(
      (rs) => (rs as { grounds?: string[]; forms?: string[] }[]).filter((r) => has(r, id)).length,
    );
    const total = i + g + c;
    if (total < SPECIFIC_AIM) below.push(`${id} (${total})`);
    console.log(
      `  ${labels[id].nl.padEnd(34)} ${String(i).padStart(5)} ${String(g).padStart(5)} ${String(c).padStart(5)} ${String(total).padStart(6)}${total < SPECIFIC_AIM ? `   below ${SPECIFIC_AIM}` : ''}`,
    );
  }
  console.log(
    below.length
      ? `  Fewer than ${SPECIFIC_AIM} specific records: ${below.join(', ')}`
      : `  Every one has at least ${SPECIFIC_AIM} specific records.`,
  );
}
specificTable(`Specific records per form (aim: ${SPECIFIC_AIM} or more)`, FORMS, FORM_LABELS, (r, id) => (r.forms ?? []).includes(id));
specificTable(
  `Specific records per ground (aim: ${SPECIFIC_AIM} or more; a record counts when it names the ground and not "alle")`,
  GROUNDS.filter((g) => g !== 'alle'),
  GROUND_LABELS,
  (r, id) => (r.grounds ?? []).includes(id) && !(r.grounds ?? []).includes('alle'),
);
table('Interventions per type', TYPES, TYPE_LABELS, (t) => interventions.filter((r) => r.types.includes(t as never)).length);
table("Do's and don'ts per step", STEPS, STEP_LABELS, (s) => guidance.filter((r) => r.steps.includes(s as never)).length);
table('Checklist items per step', STEPS, STEP_LABELS, (s) => checklist.filter((r) => r.step === s).length);

table(
  `Council records per council role (aim: ${SPECIFIC_AIM} or more)`,
  COUNCIL_ROLES,
  COUNCIL_ROLE_LABELS,
  (role) => council.filter((r) => r.councilRoles.includes(role as never)).length,
  SPECIFIC_AIM,
);
table(
  'Council records per instrument',
  COUNCIL_INSTRUMENTS,
  COUNCIL_INSTRUMENT_LABELS,
  (i) => council.filter((r) => r.instrument === i).length,
);
const councilKinds = ['instrument', 'voorbeeld', 'gespreksvraag'] as const;
console.log(`\nCouncil records by kind: ${councilKinds.map((k) => `${k} ${council.filter((r) => r.kind === k).length}`).join(', ')}`);
const outcomes = ['aangenomen', 'verworpen', 'onbekend'] as const;
console.log(`Moties and proposals by outcome: ${outcomes.map((o) => `${o} ${council.filter((r) => r.outcome === o).length}`).join(', ')}`);
const councilSteps = STEPS.filter((s) => !council.some((r) => r.steps.includes(s)));
console.log(`Steps without council material: ${councilSteps.join(', ') || '(none)'}`);

const noMunicipality = interventions.filter((r) => r.municipalities.length === 0);
const noEvidence = interventions.filter((r) => /^geen effectonderzoek( naar [^.]*)? bekend\.?$/i.test(r.evidence.trim()));
const withWarning = interventions.filter((r) => r.warning);
const uncertain = [...interventions, ...guidance, ...council].filter((r) => r.uncertain);
console.log(`\nInterventions without an example municipality (${noMunicipality.length}):`);
console.log(`  ${noMunicipality.map((r) => r.id).join(', ') || '(none)'}`);
console.log(`\nInterventions whose evidence note says only that no effect study is known (${noEvidence.length}):`);
console.log(`  ${noEvidence.map((r) => r.id).join(', ') || '(none)'}`);
console.log(`\nWith a backfire warning: ${withWarning.length}; with something marked uncertain: ${uncertain.length}`);
console.log(
  `In the KIS database (confirmed): ${interventions
    .filter((r) => r.inKisDatabase)
    .map((r) => r.id)
    .join(', ')}`,
);
