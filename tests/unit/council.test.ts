/**
 * The raadslid lens on the real council records: a passage of a college
 * document leads to what a council member can do in each role, with the
 * instrument and real examples that fit; a check leads to questions for the
 * college, grouped by the six steps.
 */
import { describe, expect, it } from 'vitest';
import { councilQuestions, createCouncilLens, type CheckedItem } from '@@/core/council/lens';
import { validateFiles } from '@@/core/kb/validate';
import { CHECKLIST_IDS, CHECKLIST_STEPS, COUNCIL_ROLES, STEPS } from '@@/core/taxonomy';
import { readSourceFiles } from '@@/scripts/kb-files';

const { records, problems } = validateFiles(readSourceFiles());
const lens = createCouncilLens(records.council);
const idsIn = (role: string, passage: string, checklist?: (typeof CHECKLIST_IDS)[number][]) =>
  lens(passage, { checklist })
    .roles.find((r) => r.role === role)!
    .hits.map((h) => h.record.id);
const allIds = (passage: string) => lens(passage).roles.flatMap((r) => r.hits.map((h) => h.record.id));

describe('the council records', () => {
  it('load without problems and cover every role, instrument kind and the seed questions', () => {
    expect(problems.filter((p) => p.file.startsWith('data/council')).map((p) => `${p.file}: ${p.field} ${p.message}`)).toEqual([]);
    for (const role of COUNCIL_ROLES)
      expect(records.council.filter((r) => r.councilRoles.includes(role)).length, role).toBeGreaterThanOrEqual(5);
    const instruments = new Set(records.council.map((r) => r.instrument));
    for (const i of ['schriftelijke-vragen', 'motie', 'amendement', 'initiatiefvoorstel', 'rekenkameronderzoek'])
      expect(instruments, i).toContain(i);
    expect(records.council.filter((r) => r.kind === 'gespreksvraag')).toHaveLength(5);
  });
});

describe('the lens for a passage', () => {
  it('groups fitting records under the four roles, best first, each saying why', () => {
    const result = lens('De gemeente zal de raad jaarlijks informeren over de voortgang, aan de hand van indicatoren.');
    expect(result.roles.map((r) => r.role)).toEqual([...COUNCIL_ROLES]);
    const checking = result.roles.find((r) => r.role === 'controlerend')!.hits;
    expect(checking.map((h) => h.record.id).slice(0, 2)).toEqual(
      expect.arrayContaining(['jaarlijkse-verantwoording-aan-de-raad', 'rekenkamer-amsterdam-indicatoren-discriminatie']),
    );
    for (let i = 1; i < checking.length; i++) expect(checking[i - 1].score).toBeGreaterThanOrEqual(checking[i].score);
    expect(checking[0].why.terms).toEqual(expect.arrayContaining(['indicatoren']));
    // Every hit sits under a role it actually has.
    for (const { role, hits } of result.roles) for (const h of hits) expect(h.record.councilRoles).toContain(role);
  });

  it('names the form of discrimination and brings its examples first, not those of another form', () => {
    const result = lens('Na vernielingen bij de synagoge wil het college samen met de Joodse gemeenschap de veiligheid verbeteren.');
    expect(result.forms).toEqual(['antisemitisme']);
    const initiating = result.roles.find((r) => r.role === 'initierend')!.hits;
    expect(initiating[0].record.forms).toContain('antisemitisme');
    expect(initiating[0].why.forms).toEqual(['antisemitisme']);
    expect(allIds('Aziatische inwoners ervaren sinds de pandemie meer racisme op straat.')).toContain(
      'vragen-utrecht-anti-aziatisch-racisme',
    );
    expect(allIds('Aziatische inwoners ervaren sinds de pandemie meer racisme op straat.')).not.toContain('vragen-arnhem-antisemitisme');
    expect(
      idsIn('initierend', 'We willen de veiligheid en acceptatie van lhbti-inwoners vergroten met sportverenigingen en scholen.')[0],
    ).toBe('regenboogmoties-met-een-opdracht');
  });

  it('lets the checklist items the passage touches weigh in', () => {
    const passage = 'Het college reserveert structureel geld voor de aanpak.';
    const withHint = lens(passage, { checklist: ['begroting'] }).roles.flatMap((r) => r.hits);
    const budget = withHint.find((h) => h.record.id === 'ncdr-waar-gaat-het-adv-geld-heen');
    expect(budget?.why.checklist).toEqual(['begroting']);
    expect(idsIn('initierend', passage, ['begroting'])).toContain('amendement');
  });

  it('shows nothing for a passage about something else, and always offers the seed questions', () => {
    const result = lens('De vuilophaaldienst komt op dinsdag, behalve in de kerstweek.');
    expect(result.roles.every((r) => r.hits.length === 0)).toBe(true);
    expect(result.conversation.map((r) => r.id)).toContain('gesprek-wat-nodig-van-adv');
    expect(result.conversation.every((r) => r.kind === 'gespreksvraag')).toBe(true);
  });
});

describe('councilQuestions', () => {
  const item = (id: (typeof CHECKLIST_IDS)[number], status: CheckedItem['status']): CheckedItem => ({ id, status });

  it('turns missing and partial items into questions for the college, grouped by step in the order of the six steps', () => {
    const groups = councilQuestions(
      [item('rol-raad', 'missing'), item('visie', 'covered'), item('begroting', 'partial'), item('concrete-doelen', 'missing')],
      records.checklist,
    );
    expect(groups.map((g) => g.step)).toEqual(['doelen-plan', 'evalueren-monitoren']);
    expect(groups[0].questions.map((q) => [q.id, q.status])).toEqual([
      ['concrete-doelen', 'missing'],
      ['begroting', 'partial'],
    ]);
    const begroting = records.checklist.find((c) => c.id === 'begroting')!;
    expect(groups[0].questions[1].question).toBe(begroting.councilQuestion);
  });

  it('gives a question for every one of the 24 items, and uses the one the API sent', () => {
    const all = councilQuestions(
      CHECKLIST_IDS.map((id) => item(id, 'missing')),
      records.checklist,
    );
    expect(all.map((g) => g.step)).toEqual([...STEPS]);
    expect(all.flatMap((g) => g.questions)).toHaveLength(24);
    for (const g of all) for (const q of g.questions) expect(CHECKLIST_STEPS[q.id]).toBe(g.step);
    const sent = councilQuestions([{ id: 'visie', status: 'partial', councilQuestion: 'Welke visie heeft het college?' }]);
    expect(sent[0].questions[0].question).toBe('Welke visie heeft het college?');
  });

  it('returns no questions when everything is covered, and says what is missing when a question is not at hand', () => {
    expect(
      councilQuestions(
        CHECKLIST_IDS.map((id) => item(id, 'covered')),
        records.checklist,
      ),
    ).toEqual([]);
    expect(() => councilQuestions([item('visie', 'missing')])).toThrow(/visie has no councilQuestion/);
  });
});
