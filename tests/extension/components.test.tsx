/**
 * Components render results as text (never HTML), are reachable by keyboard
 * and labelled for screen readers.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkResponse, matchResponse, searchResponse } from '@@/core/api/responses';
import { SearchView } from '@@/extension/components/SearchView';
import { Panel } from '@@/extension/entrypoints/panel/Panel';
import { translator } from '@@/extension/utils/i18n';
import { CheckReport } from '@@/extension/components/CheckReport';
import { LangContext } from '@@/extension/components/i18n';
import { matchCounts, MatchResults } from '@@/extension/components/MatchResults';
import { realEngine } from '../helpers';

const { engine } = realEngine();
const INJECTION = '<img src=x onerror="globalThis.__xss=1">';

afterEach(cleanup);

describe('MatchResults', () => {
  const result = matchResponse(engine, 'Portiers van clubs weigeren jongeren van kleur de toegang.');

  it('shows the three sections, with record titles as buttons', () => {
    render(<MatchResults result={result} />);
    for (const name of ['Interventies', "Do's en don'ts", 'Checklist']) expect(screen.getByRole('heading', { name })).toBeTruthy();
    const first = result.interventions[0];
    expect(screen.getByRole('button', { name: first.title })).toBeTruthy();
    expect(screen.getAllByText(/Waarom:/).length).toBeGreaterThan(0);
  });

  it('renders hostile record text as inert text', () => {
    const hostile = { ...result, interventions: [{ ...result.interventions[0], title: INJECTION, summary: `Samenvatting ${INJECTION}` }] };
    const { container } = render(<MatchResults result={hostile} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: INJECTION })).toBeTruthy();
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
  });

  it('opens a detail view with evidence and sources, and goes back', () => {
    render(<MatchResults result={result} />);
    fireEvent.click(screen.getByRole('button', { name: result.interventions[0].title }));
    expect(screen.getByRole('heading', { name: 'Wat bekend is over het effect' })).toBeTruthy();
    expect(
      screen
        .getAllByRole('link')
        .every((a) => a.getAttribute('href')!.startsWith('https://') && a.getAttribute('rel') === 'noopener noreferrer'),
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Terug/ }));
    expect(screen.getByRole('heading', { name: 'Interventies' })).toBeTruthy();
  });

  it('speaks English when asked', () => {
    render(
      <LangContext.Provider value="en">
        <MatchResults result={result} />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: 'Interventions' })).toBeTruthy();
  });
});

describe('CheckReport', () => {
  const text = 'Onze ambitie is een stad zonder discriminatie. Voor de uitvoering is jaarlijks 90.000 euro opgenomen in de begroting.';
  const result = checkResponse(engine, text);

  it('groups the 24 items by the six steps with status, evidence and advice', () => {
    const onEvidence = vi.fn();
    const { container } = render(<CheckReport result={result} onEvidence={onEvidence} />);
    expect(container.querySelectorAll('[data-item]')).toHaveLength(24);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(6);
    expect(screen.getByRole('status').textContent).toMatch(/gedekt, \d+ deels, \d+ ontbreekt/);
    const evidence = screen.getByRole('button', { name: /Toon in de pagina: Voor de uitvoering/ });
    fireEvent.click(evidence);
    expect(onEvidence).toHaveBeenCalledWith('Voor de uitvoering is jaarlijks 90.000 euro opgenomen in de begroting.');
    expect(container.querySelector('[data-item="inkoop-subsidies"]')!.textContent).toContain('Voeg toe');
  });

  it('says under each quote why it counts, in the detector’s own terms', () => {
    const { container } = render(<CheckReport result={result} />);
    const begroting = container.querySelector('[data-item="begroting"]')!;
    const reason = begroting.querySelector('.reason')!;
    expect(reason.textContent).toMatch(/^Waarom dit telt: /);
    expect(reason.textContent).toBe(
      `Waarom dit telt: ${result.items
        .find((i) => i.id === 'begroting')!
        .reasons.filter((r) => r.evidence === 0)
        .map((r) => r.detail)
        .join('; ')}`,
    );
  });

  it('shows with a missing item what the learnt verdict did not count, and why, as inert text', () => {
    const setAside = {
      evidence: `Wij werken samen met partners. ${INJECTION}`,
      detail: 'signaalwoorden "partners"; niet meegeteld: lezers …',
    };
    const items = result.items.map((i) =>
      i.id === 'partijen' ? { ...i, status: 'missing' as const, evidence: [], reasons: [], setAside } : i,
    );
    const { container } = render(<CheckReport result={{ ...result, items }} />);
    const partijen = container.querySelector('[data-item="partijen"]')!;
    const shown = within(partijen as HTMLElement).getByLabelText('Genoemd, niet meegeteld');
    expect(shown.textContent).toContain(setAside.evidence);
    expect(shown.querySelector('.reason')!.textContent).toBe(`Genoemd, niet meegeteld: ${setAside.detail}`);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('focus and the detail view', () => {
  const result = matchResponse(engine, 'Portiers van clubs weigeren jongeren van kleur de toegang.');

  it('moves focus into the detail view and back to the item that was opened', async () => {
    render(<MatchResults result={result} />);
    const second = result.interventions[1];
    fireEvent.click(screen.getByRole('button', { name: second.title }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: second.title })));
    fireEvent.click(screen.getByRole('button', { name: /Terug/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: second.title })));
  });

  it('goes back on Escape without closing what is around it', async () => {
    const outside = vi.fn();
    render(
      <div onKeyDown={outside}>
        <MatchResults result={result} />
      </div>,
    );
    const first = result.interventions[0];
    fireEvent.click(screen.getByRole('button', { name: first.title }));
    fireEvent.keyDown(screen.getByRole('heading', { level: 3, name: first.title }), { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: first.title })));
    expect(outside).not.toHaveBeenCalled();
  });
});

describe('SearchView', () => {
  beforeEach(() => fakeBrowser.reset());
  /** The background's search, with the real engine: the limit the view asks for is the limit it gets. */
  function searchBackground() {
    const asked: { q: string; limit?: number }[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { body } = message as { body: { q: string; limit?: number } };
      asked.push(body);
      return Promise.resolve({ ok: true, mode: 'api', data: searchResponse(engine, body.q, {}, body.limit) });
    });
    return asked;
  }

  it('names the ground filter "Discriminatiegrond"', () => {
    render(<SearchView />);
    expect(screen.getByLabelText('Discriminatiegrond').tagName).toBe('SELECT');
    expect(screen.queryByLabelText('Grond')).toBeNull();
  });

  it('shows more results on "Meer tonen", announces the counts and puts focus on the first new result', async () => {
    const asked = searchBackground();
    const q = 'discriminatie';
    const { total } = searchResponse(engine, q, {}, 100);
    expect(total).toBeGreaterThan(30);
    render(<SearchView />);
    fireEvent.input(screen.getByLabelText('Zoek in interventies'), { target: { value: q } });
    const list = await screen.findByRole('list', { name: 'Interventies' });
    await waitFor(() => expect(list.querySelectorAll('li.item')).toHaveLength(30));
    expect(asked.at(-1)).toMatchObject({ q, limit: 30 });
    expect(screen.getByRole('status').textContent).toBe(`${total} resultaten, 30 van ${total} getoond`);
    fireEvent.click(screen.getByRole('button', { name: 'Meer tonen' }));
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Interventies' }).querySelectorAll('li.item').length).toBe(Math.min(60, total)),
    );
    expect(asked.at(-1)).toMatchObject({ q, limit: 60 });
    const titles = screen.getByRole('list', { name: 'Interventies' }).querySelectorAll<HTMLElement>('li.item .title');
    await waitFor(() => expect(document.activeElement).toBe(titles[30]));
    // A new query starts again at the first page.
    fireEvent.input(screen.getByLabelText('Zoek in interventies'), { target: { value: 'deurbeleid' } });
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ q: 'deurbeleid', limit: 30 }));
  });
});

describe('Panel counts', () => {
  beforeEach(() => fakeBrowser.reset());
  it('announces how many results were found in a polite live region', async () => {
    const text = 'Portiers van clubs weigeren jongeren van kleur de toegang.';
    const data = matchResponse(engine, text);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, mode: 'api', data }));
    const { container } = render(<Panel text={text} onClose={() => {}} />);
    const live = container.querySelector('[data-counts]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('');
    await screen.findByRole('heading', { name: 'Interventies' });
    expect(live.textContent).toBe(matchCounts(data, translator('nl')));
    expect(live.textContent).toMatch(/^\d+ interventies?, \d+ (do's en don'ts|do of don't), \d+ checklistpunt(en)? gevonden$/);
  });
});
