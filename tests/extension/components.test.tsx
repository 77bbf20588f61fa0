/**
 * Components render results as text (never HTML), are reachable by keyboard
 * and labelled for screen readers.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkResponse, matchResponse } from '../../core/api/responses';
import { CheckReport } from '../../extension/components/CheckReport';
import { LangContext } from '../../extension/components/i18n';
import { MatchResults } from '../../extension/components/MatchResults';
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
    expect(screen.getAllByRole('link').every((a) => a.getAttribute('href')!.startsWith('https://') && a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
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
});
