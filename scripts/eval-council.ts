/**
 * `npm run eval:council`: scores tests/eval/council-forms.json, 42 passages on
 * the specific forms of discrimination, other grounds and council work, written
 * blind to the engine. Lists: interventions, guidance, checklist (as in the dev
 * set), the raadslid lens's records per role (`council`: role, instrument, kind,
 * form, checklist) and the forms the lens names. hit@3 and hit@1, with misses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchResponse } from '@@/core/api/responses';
import { ROOT } from '@@/scripts/kb-files';
import { realEngine } from '@@/tests/helpers';

type P = Record<string, string>;
interface Case {
  id: string;
  text: string;
  interventions?: P[];
  guidance?: P[];
  checklist?: string[];
  council?: P[];
  forms?: string[];
}
const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests', 'eval', 'council-forms.json'), 'utf8')) as { cases: Case[] };
const { engine } = realEngine();

const has = (rec: Record<string, unknown>, key: string, v: string) => {
  const field = key === 'form' ? 'forms' : key === 'role' ? 'councilRoles' : key.endsWith('s') ? key : `${key}s`;
  const val = rec[field] ?? rec[key];
  return Array.isArray(val) ? val.includes(v) : val === v;
};
const tally: Record<string, { n: number; hit3: number; hit1: number }> = {};
const add = (k: string, h3: boolean, h1: boolean) => {
  const t = (tally[k] ??= { n: 0, hit3: 0, hit1: 0 });
  t.n++;
  if (h3) t.hit3++;
  if (h1) t.hit1++;
};
const misses: string[] = [];
for (const c of cases) {
  const m = matchResponse(engine, c.text, 'raad');
  const check = (name: string, list: Record<string, unknown>[], ok: (r: Record<string, unknown>) => boolean) => {
    const top = list.slice(0, 3);
    const h3 = top.some(ok),
      h1 = top.slice(0, 1).some(ok);
    add(name, h3, h1);
    if (!h3) misses.push(`${c.id} ${name}: top3 = ${top.map((r) => r.id).join(', ') || '(none)'}`);
  };
  if (c.interventions)
    check('interventions', m.interventions, (r) => c.interventions!.some((p) => Object.entries(p).every(([k, v]) => has(r, k, v))));
  if (c.guidance)
    check('guidance', m.guidance, (r) =>
      c.guidance!.some((p) => (!p.kind || r.kind === p.kind) && new RegExp(p.re, 'i').test(`${r.text} ${JSON.stringify(r.why)}`)),
    );
  if (c.checklist) check('checklist', m.checklist, (r) => c.checklist!.includes(r.id as string));
  if (c.council) {
    const council = m.council!;
    const ok = (p: P) => (r: Record<string, unknown>) =>
      Object.entries(p).every(
        ([k, v]) =>
          k === 'role' ||
          (k === 'instrument'
            ? r.instrument === v
            : k === 'kind'
              ? r.kind === v
              : k === 'checklist'
                ? (r.checklist as string[]).includes(v)
                : has(r, k, v)),
      );
    // One predicate set per case: a hit when any predicate holds in its role's top 3.
    const byRole = (role?: string) =>
      role
        ? council.roles.find((x) => x.role === role)!.hits
        : [
            ...new Map(
              council.roles
                .flatMap((x) => x.hits)
                .sort((a, b) => b.score - a.score)
                .map((h) => [h.id, h]),
            ).values(),
          ];
    const h3 = c.council.some((p) => byRole(p.role).slice(0, 3).some(ok(p)));
    const h1 = c.council.some((p) => byRole(p.role).slice(0, 1).some(ok(p)));
    add('council', h3, h1);
    if (!h3)
      misses.push(
        `${c.id} council: ${c.council
          .map(
            (p) =>
              `${p.role ?? 'any'} → ${
                byRole(p.role)
                  .slice(0, 3)
                  .map((h) => h.id)
                  .join(', ') || '(none)'
              }`,
          )
          .join(' | ')}`,
      );
  }
  if (c.forms) {
    const ok = c.forms.every((f) => m.council!.forms.includes(f as never));
    add('forms', ok, ok);
    if (!ok) misses.push(`${c.id} forms: got ${m.council!.forms.join(', ') || '(none)'}`);
  }
}
const groups = {
  form: cases.filter((c) => c.id.startsWith('cf')),
  ground: cases.filter((c) => c.id.startsWith('cg')),
  council: cases.filter((c) => c.id.startsWith('cr')),
};
console.log('cases', cases.length, Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.length])));
for (const [k, t] of Object.entries(tally))
  console.log(`${k.padEnd(14)} n=${t.n}  hit@3 ${(t.hit3 / t.n).toFixed(2)}  hit@1 ${(t.hit1 / t.n).toFixed(2)}`);
console.log('\nmisses:\n' + misses.join('\n'));
