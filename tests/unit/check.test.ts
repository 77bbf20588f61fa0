import { describe, expect, it } from 'vitest';
import { CHECKLIST_IDS } from '@@/core/taxonomy';
import { realEngine } from '../helpers';

const { engine } = realEngine();
const status = (text: string, id: string) => engine.check(text).items.find((i) => i.id === id)!;

describe('check', () => {
  it('returns all 24 items, in checklist order, with advice', () => {
    const r = engine.check('Een korte tekst.');
    expect(r.items.map((i) => i.id)).toEqual(CHECKLIST_IDS);
    expect(r.items.every((i) => i.status === 'missing' && i.advice.length > 10)).toBe(true);
    expect(r.summary).toMatchObject({ covered: 0, partial: 0, missing: 24, total: 24 });
  });

  it('quotes evidence exactly as it stands in the text', () => {
    const text =
      '# Plan\n\nWe informeren de gemeenteraad  elk jaar met een voortgangsbrief.\nVoor de uitvoering is jaarlijks 50.000 euro opgenomen in de begroting.';
    const r = engine.check(text);
    for (const item of r.items) for (const e of item.evidence) expect(text).toContain(e);
    expect(status(text, 'rol-raad').evidence).toEqual(['We informeren de gemeenteraad  elk jaar met een voortgangsbrief.']);
    expect(status(text, 'begroting').status).toBe('covered');
  });

  it('does not count a negation as coverage', () => {
    expect(status('Voor deze aanpak hebben we geen budget.', 'begroting').status).toBe('missing');
    expect(status('Er is geen geld in de begroting voor deze aanpak.', 'begroting').status).not.toBe('covered');
    expect(status('Voor deze aanpak is 40.000 euro per jaar beschikbaar in de begroting.', 'begroting').status).toBe('covered');
  });

  it('does not take complaint figures for exploring beyond them', () => {
    const figures =
      'In 2024 kwamen bij het meldpunt 14 meldingen binnen. Dat is minder dan vorig jaar, dus discriminatie is hier een klein probleem.';
    expect(status(figures, 'meer-dan-meldcijfers').status).toBe('missing');
    const beyond = 'Meldcijfers zeggen weinig over de werkelijke omvang. Daarom laten we praktijktesten doen bij verhuurders.';
    expect(status(beyond, 'meer-dan-meldcijfers').status).toBe('covered');
  });

  it('recognises a multi-year plan from a year range and goals from a deadline', () => {
    expect(status('Deze nota geldt voor 2026 tot en met 2029.', 'meerjarenplan').status).toBe('covered');
    expect(status('Uiterlijk eind 2027 heeft elke school een lesprogramma.', 'concrete-doelen').status).toBe('covered');
    expect(status('In 2024 kwamen er meldingen binnen.', 'concrete-doelen').status).toBe('missing');
  });

  it('splits sentences without breaking on abbreviations', () => {
    const r = engine.check('Wij werken o.a. samen met de provincie en stemmen af met het Rijk. De raad ontvangt elk jaar een rapportage.');
    expect(r.summary.sentences).toBe(2);
    expect(r.items.find((i) => i.id === 'afstemming-overheden')!.evidence[0]).toBe(
      'Wij werken o.a. samen met de provincie en stemmen af met het Rijk.',
    );
  });

  it('handles a 100,000-word draft', () => {
    const para =
      'De gemeente werkt samen met de antidiscriminatievoorziening, die inwoners bijstaat bij een klacht en meldingen registreert. ';
    const text = para.repeat(Math.ceil(100_000 / para.split(' ').length));
    const r = engine.check(text);
    expect(r.items.find((i) => i.id === 'adv-wettelijk')!.status).toBe('covered');
    expect(r.items.find((i) => i.id === 'adv-wettelijk')!.evidence.length).toBeLessThanOrEqual(3);
  });
});
