/**
 * The raadslid side of the API, inside workerd through the worker's real
 * entry: council questions on the check, the council lens on a match, the
 * council taxonomy, and the council records counted in health.
 */
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import {
  CheckResponseSchema,
  ChecklistListResponseSchema,
  HealthResponseSchema,
  MatchResponseSchema,
  TaxonomyResponseSchema,
} from '../../core/api/contract';
import { CHECKLIST_IDS, COUNCIL_ROLES, FORMS } from '../../core/taxonomy';

const BASE = 'http://wegwijzer.test';
const get = (path: string) => SELF.fetch(BASE + path);
const post = (path: string, body: unknown) =>
  SELF.fetch(BASE + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const DRAFT = [
  'Kadernota gelijke behandeling.',
  'De gemeente wil dat iedereen zich welkom voelt en dat niemand wordt buitengesloten.',
  'We maken afspraken met de antidiscriminatievoorziening over het behandelen van meldingen en de wettelijke taken.',
  'In 2026 organiseren we drie dialoogavonden in de wijken.',
].join('\n\n');

const PASSAGE = 'Het college informeert de raad jaarlijks over de voortgang van de aanpak van discriminatie aan de hand van indicatoren.';

describe('POST /api/check with an audience', () => {
  it('gives every item its question for the college when the audience is raad', async () => {
    const res = await post('/api/check', { text: DRAFT, audience: 'raad' });
    expect(res.status).toBe(200);
    const body = CheckResponseSchema.parse(await res.json());
    expect(body.items).toHaveLength(24);
    for (const item of body.items) expect(item.councilQuestion, item.id).toMatch(/\?\s*$/);
    // A question for the college, not the policy officer's checklist question again.
    const raad = body.items.find((i) => i.id === 'rol-raad')!;
    expect(raad.councilQuestion).not.toBe(raad.question);
  });

  it('leaves the questions out for a policy officer, and when no audience is given', async () => {
    for (const body of [{ text: DRAFT, audience: 'beleid' }, { text: DRAFT }]) {
      const json = CheckResponseSchema.parse(await (await post('/api/check', body)).json());
      expect(json.items.every((i) => i.councilQuestion === undefined)).toBe(true);
    }
  });

  it('answers an unknown audience with 400 naming the ones it accepts', async () => {
    const res = await post('/api/check', { text: DRAFT, audience: 'wethouder' });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.message).toMatch(/audience/);
    expect(error.message).toMatch(/beleid, raad/);
  });
});

describe('GET /api/checklist and /api/taxonomy', () => {
  it('the checklist always carries a council question for all 24 items', async () => {
    const body = ChecklistListResponseSchema.parse(await (await get('/api/checklist')).json());
    expect(body.checklist.map((c) => c.id).sort()).toEqual([...CHECKLIST_IDS].sort());
    for (const c of body.checklist) expect(c.councilQuestion.length, c.id).toBeGreaterThan(20);
  });

  it('the taxonomy lists the forms, the council roles and the audiences with labels', async () => {
    const body = TaxonomyResponseSchema.parse(await (await get('/api/taxonomy')).json());
    expect(body.forms.map((f) => f.id)).toEqual([...FORMS]);
    expect(body.councilRoles.map((r) => r.id)).toEqual([...COUNCIL_ROLES]);
    expect(body.audiences.find((a) => a.id === 'raad')?.label.nl).toBe('Ik ben raadslid');
    expect(body.councilInstruments.map((i) => i.id)).toEqual(
      expect.arrayContaining(['schriftelijke-vragen', 'motie', 'amendement', 'initiatiefvoorstel', 'rekenkameronderzoek']),
    );
  });
});

describe('POST /api/match with audience raad', () => {
  it('adds the council lens: the four roles with instruments and real examples, each with a source', async () => {
    const res = await post('/api/match', { text: PASSAGE, audience: 'raad' });
    expect(res.status).toBe(200);
    const { council, interventions } = MatchResponseSchema.parse(await res.json());
    expect(interventions.length).toBeGreaterThan(0);
    expect(council!.roles.map((r) => r.role)).toEqual([...COUNCIL_ROLES]);
    const checking = council!.roles.find((r) => r.role === 'controlerend')!.hits;
    expect(checking.map((h) => h.id)).toContain('jaarlijkse-verantwoording-aan-de-raad');
    for (const { role, hits } of council!.roles) {
      for (const h of hits) {
        expect(h.councilRoles).toContain(role);
        expect(h.sources.length).toBeGreaterThan(0);
        expect(h.sources[0].url).toMatch(/^https:\/\//);
      }
    }
    expect(council!.conversation).toHaveLength(5);
  });

  it('names the form of discrimination and shows that form’s examples', async () => {
    const res = await post('/api/match', {
      text: 'Sinds de pandemie krijgen Aziatische inwoners vaker racistische opmerkingen op straat.',
      audience: 'raad',
    });
    const { council } = MatchResponseSchema.parse(await res.json());
    expect(council!.forms).toEqual(['anti-aziatisch-racisme']);
    expect(council!.roles.flatMap((r) => r.hits.map((h) => h.id))).toContain('vragen-utrecht-anti-aziatisch-racisme');
  });

  it('has no council section for a policy officer', async () => {
    for (const body of [{ text: PASSAGE }, { text: PASSAGE, audience: 'beleid' }]) {
      const json = (await (await post('/api/match', body)).json()) as Record<string, unknown>;
      expect(json).not.toHaveProperty('council');
    }
  });
});

describe('GET /api/health', () => {
  it('counts the council records', async () => {
    const body = HealthResponseSchema.parse(await (await get('/api/health')).json());
    expect(body.counts.council).toBeGreaterThanOrEqual(40);
  });
});
