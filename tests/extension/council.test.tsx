/**
 * The raadslid view: a council member's check reads as questions for the
 * college, grouped by the six steps (and exported so); advice on a passage
 * adds what the council can do per role, with instruments, real examples and
 * their sources; the audience switch is saved and reaches the background.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkResponse, matchResponse } from '@@/core/api/responses';
import { COUNCIL_ROLE_LABELS, STEPS, STEP_LABELS } from '@@/core/taxonomy';
import { AudienceSwitch } from '@/components/AudienceSwitch';
import { CheckReport } from '@/components/CheckReport';
import { MatchResults } from '@/components/MatchResults';
import { answerCheck, answerMatch, setFetch } from '@/entrypoints/background/answer';
import { checkToMarkdown } from '@/utils/markdown';
import { councilSection } from '@/utils/report/council';
import { getSettings, updateSettings } from '@/utils/settings';
import { realEngine } from '../helpers';

const { engine } = realEngine();
const questionOf = new Map(engine.kb.checklist.map((c) => [c.id, c.councilQuestion]));

/** A short college nota: a vision and the ADV, nothing on money, goals or the council. */
const NOTA = [
  'Raadsvoorstel aanpak discriminatie.',
  'Iedereen moet zich in onze gemeente welkom en veilig voelen; discriminatie accepteren we niet.',
  'Inwoners kunnen discriminatie melden bij de antidiscriminatievoorziening, die klachten behandelt en meldingen registreert zoals de wet vraagt.',
  'We organiseren dit jaar twee bijeenkomsten met bewonersorganisaties.',
].join('\n\n');
const PASSAGE = 'Het college informeert de raad jaarlijks over de voortgang van de aanpak van discriminatie aan de hand van indicatoren.';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

describe('the check for a council member', () => {
  const raad = checkResponse(engine, NOTA, 'raad');
  const open = raad.items.filter((i) => i.status !== 'covered');

  it('lists each missing or weak item as its question for the college, grouped by step in the order of the six steps', () => {
    expect(open.length).toBeGreaterThan(5);
    render(<CheckReport result={raad} />);
    const section = screen.getByRole('region', { name: 'Vragen aan het college' });
    const steps = within(section)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    const expected = STEPS.filter((s) => open.some((i) => i.step === s)).map((s) => STEP_LABELS[s].nl);
    expect(steps).toEqual(expected);
    for (const item of open) {
      const group = within(section).getByRole('region', { name: STEP_LABELS[item.step].nl });
      expect(within(group).getByText(questionOf.get(item.id)!)).toBeTruthy();
    }
    // Covered items are not questions; nothing is asked twice.
    const asked = section.querySelectorAll('li.council-question');
    expect(asked).toHaveLength(open.length);
    for (const item of raad.items.filter((i) => i.status === 'covered'))
      expect(section.querySelector(`[data-item="${item.id}"]`)).toBeNull();
  });

  it('puts the same questions, by step, in the Markdown export', () => {
    const md = checkToMarkdown(raad, 'nl', 'Raadsvoorstel', new Date('2026-01-05'));
    const start = md.indexOf('## Vragen aan het college');
    expect(start).toBeGreaterThan(0);
    for (const item of open) expect(md.slice(start)).toContain(questionOf.get(item.id)!.replace(/([\\`*_[\]<>|#])/g, '\\$1'));
    const stepHeadings = [...md.slice(start).matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(stepHeadings).toEqual(STEPS.filter((s) => open.some((i) => i.step === s)).map((s) => STEP_LABELS[s].nl));
    // A policy officer's export has no council section.
    expect(checkToMarkdown(checkResponse(engine, NOTA), 'nl')).not.toContain('Vragen aan het college');
  });

  it('gives the Word export the same section, in English too', () => {
    const en = councilSection(raad, 'en')!;
    expect(en.heading).toBe('Questions for the executive');
    expect(en.steps.flatMap((s) => s.questions.map((q) => q.id)).sort()).toEqual(open.map((i) => i.id).sort());
    expect(councilSection(checkResponse(engine, NOTA), 'nl')).toBeNull();
  });

  it('lets a policy officer ask "Wat vraagt de raad?"', () => {
    const ask = vi.fn();
    render(<CheckReport result={checkResponse(engine, NOTA)} onAskCouncil={ask} />);
    expect(screen.queryByRole('region', { name: 'Vragen aan het college' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Wat vraagt de raad?' }));
    expect(ask).toHaveBeenCalledOnce();
  });
});

describe('the council lens on a passage', () => {
  const raad = matchResponse(engine, PASSAGE, 'raad');

  it('shows the four roles, each with fitting instruments and real examples and their sources', () => {
    render(<MatchResults result={raad} />);
    const lens = screen.getByRole('region', { name: 'Wat kan de raad doen?' });
    const roles = within(lens)
      .getAllByRole('region')
      .filter((r) => r.hasAttribute('data-role'));
    expect(roles.map((r) => r.getAttribute('data-role'))).toEqual(raad.council!.roles.map((r) => r.role));
    for (const { role, hits } of raad.council!.roles) {
      const region = within(lens).getByRole('region', { name: COUNCIL_ROLE_LABELS[role].nl });
      for (const hit of hits) {
        const item = region.querySelector<HTMLElement>(`[data-record="${hit.id}"]`)!;
        expect(within(item).getByText(hit.title)).toBeTruthy();
        const links = within(item).getAllByRole('link');
        expect(links.map((a) => a.getAttribute('href'))).toEqual(hit.sources.filter((s) => s.url).map((s) => s.url));
        for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      }
    }
    const checking = within(lens).getByRole('region', { name: 'Controleren' });
    const annual = checking.querySelector('[data-record="jaarlijkse-verantwoording-aan-de-raad"]')!;
    expect(annual.querySelector('.badge')!.textContent).toBe('Verantwoording en indicatoren');
    // Examples say what they are and where they happened.
    const example = lens.querySelector<HTMLElement>('[data-kind="voorbeeld"]')!;
    expect(example.querySelector('.badge')!.textContent).toMatch(/^Voorbeeld/);
  });

  it('offers the seed’s questions to start a council session', () => {
    render(<MatchResults result={raad} />);
    const talk = screen.getByRole('region', { name: 'Om het gesprek in de raad mee te beginnen' });
    expect(within(talk).getByText('Wat hebben jullie als raad nodig van de antidiscriminatievoorziening?')).toBeTruthy();
    expect(talk.querySelectorAll('li')).toHaveLength(5);
  });

  it('is absent for a policy officer, who can ask for it', () => {
    const ask = vi.fn();
    render(<MatchResults result={matchResponse(engine, PASSAGE)} onAskCouncil={ask} />);
    expect(screen.queryByRole('region', { name: 'Wat kan de raad doen?' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Wat vraagt de raad?' }));
    expect(ask).toHaveBeenCalledOnce();
  });
});

describe('the audience', () => {
  it('is a policy officer by default; the switch saves "raadslid" and shows it checked again', async () => {
    expect((await getSettings()).audience).toBe('beleid');
    render(<AudienceSwitch />);
    const raad = await screen.findByRole('radio', { name: 'Ik ben raadslid' });
    expect((screen.getByRole('radio', { name: 'Ik ben beleidsmedewerker' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(raad);
    await waitFor(async () => expect((await getSettings()).audience).toBe('raad'));
    cleanup();
    render(<AudienceSwitch />);
    expect(((await screen.findByRole('radio', { name: 'Ik ben raadslid' })) as HTMLInputElement).checked).toBe(true);
  });

  it('follows a change made elsewhere (options, popup or side panel)', async () => {
    render(<AudienceSwitch />);
    const raad = (await screen.findByRole('radio', { name: 'Ik ben raadslid' })) as HTMLInputElement;
    expect(raad.checked).toBe(false);
    await updateSettings({ audience: 'raad' });
    await waitFor(() => expect(raad.checked).toBe(true));
  });

  it('reaches the API with the check and the match: from the setting, or from the view', async () => {
    const bodies: Record<string, unknown>[] = [];
    setFetch((async (url: string | URL | Request, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body ?? '{}'));
      const u = String(url);
      // The bodies of checks and matches: the background also refreshes its copy of the index, when it will.
      if (/\/api\/(check|match)$/.test(u)) bodies.push(body);
      if (u.endsWith('/api/check')) return Response.json(checkResponse(engine, body.text, body.audience));
      if (u.endsWith('/api/match')) return Response.json(matchResponse(engine, body.text, body.audience));
      return new Response('{}', { status: 404 });
    }) as typeof fetch);
    await updateSettings({ apiUrl: 'http://127.0.0.1:9999', mode: 'auto', audience: 'raad' });
    const check = await answerCheck(NOTA);
    expect(bodies.at(-1)).toEqual({ text: NOTA, audience: 'raad' });
    expect(check.ok && check.data.items.every((i) => i.councilQuestion === questionOf.get(i.id))).toBe(true);
    const match = await answerMatch(PASSAGE);
    expect(bodies.at(-1)).toEqual({ text: PASSAGE, audience: 'raad' });
    expect(match.ok && match.data.council?.roles).toHaveLength(4);

    await updateSettings({ audience: 'beleid' });
    const plain = await answerMatch(PASSAGE);
    expect(bodies.at(-1)).toEqual({ text: PASSAGE });
    expect(plain.ok && plain.data.council).toBeUndefined();
    // "Wat vraagt de raad?" asks for the council's view without changing the setting.
    const asked = await answerMatch(PASSAGE, 'raad');
    expect(bodies.at(-1)).toEqual({ text: PASSAGE, audience: 'raad' });
    expect(asked.ok && asked.data.council).toBeDefined();
    expect((await getSettings()).audience).toBe('beleid');
  });
});
