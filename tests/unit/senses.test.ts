/**
 * Word sense (core/analysis/senses.ts): words the stemmer, the compound
 * splitter or the synonym map would merge are kept apart, one test per pair,
 * and the check reads them so.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@@/core/analysis/analyzer';
import { realEngine } from '../helpers';

const { engine, snapshot } = realEngine();
const analyzer = createAnalyzer(snapshot.lexicon);
const terms = (text: string) => analyzer.analyze(text).flatMap((t) => (t.stem ? [t.stem, ...t.parts, ...t.synonyms] : []));
const status = (text: string, id: string) => engine.check(text).items.find((i) => i.id === id)!.status;

describe('word senses', () => {
  it('beperking (a disability) is not beperken (to limit)', () => {
    expect(analyzer.word('beperking').stem).not.toBe(analyzer.word('beperken').stem);
    expect(terms('mensen met een beperking')).toContain('~beperking');
    expect(terms('we beperken ons tot de kern')).not.toContain('~beperking');
  });

  it('middelen (money) is not middel (a means), and "door middel van" says nothing', () => {
    expect(analyzer.word('middelen').stem).not.toBe(analyzer.word('middel').stem);
    expect(terms('door middel van een structurele aanpak')).not.toContain(analyzer.word('middelen').stem);
    expect(status('Dit bereiken we door middel van een structurele aanpak.', 'begroting')).toBe('missing');
    expect(status('Wij stellen structureel middelen beschikbaar voor de aanpak van discriminatie.', 'begroting')).toBe('covered');
  });

  it('a wijkteam is a care team, not the neighbourhood', () => {
    expect(analyzer.word('wijkteams').parts).not.toContain(analyzer.word('wijk').stem);
    expect(engine.match('De wijkteams verwijzen door naar de huisarts.').signals.some((s) => s.facet === 'domain' && s.id === 'wijk')).toBe(
      false,
    );
  });

  it('the goal of a letter is not a goal of the policy, and an existing budget is no budget set aside', () => {
    expect(status('Doel van deze brief is u te informeren over de monitor discriminatie van 2025.', 'concrete-doelen')).toBe('missing');
    expect(status('Doel van de aanpak is dat eind 2028 alle scholen een meldroute voor discriminatie hebben.', 'concrete-doelen')).toBe(
      'covered',
    );
    expect(status('Het actieplan tegen discriminatie voeren we uit binnen de bestaande begroting.', 'begroting')).toBe('missing');
    expect(status('Het meldpunt vangen wij op binnen de bestaande formatie van het team Wonen.', 'begroting')).toBe('missing');
  });

  it('an advisory council or a board is not the municipal council', () => {
    expect(status('De sportraad bespreekt het plan tegen discriminatie en geeft advies.', 'rol-raad')).toBe('missing');
    expect(status('De raad van bestuur van de woningcorporatie bespreekt de aanpak van discriminatie.', 'rol-raad')).toBe('missing');
    expect(status('De gemeenteraad bespreekt het plan tegen discriminatie en ontvangt jaarlijks een voortgangsbrief.', 'rol-raad')).toBe(
      'covered',
    );
  });

  it('terugkoppelen is reporting back, not linking policies', () => {
    expect(analyzer.word('terugkoppelen').parts).toEqual([]);
    expect(status('Het college zorgt voor terugkoppeling aan de melder en aan het beleid.', 'afstemming-beleidsterreinen')).toBe('missing');
  });

  it('a woonvisie is housing policy, not a vision', () => {
    expect(analyzer.word('woonvisie').parts).not.toContain(analyzer.word('visie').stem);
    expect(status('De woonvisie loopt tot 2030.', 'visie')).toBe('missing');
  });

  it('financiële steun is money, not support for victims', () => {
    expect(terms('financiële steun')).not.toContain(analyzer.word('steun').stem);
    expect(status('Slachtoffers van discriminatie krijgen steun en nazorg.', 'slachtoffersteun')).not.toBe('missing');
    expect(status('Verenigingen die gediscrimineerd worden kunnen financiële steun aanvragen.', 'slachtoffersteun')).not.toBe('covered');
  });

  it('money already there for something else is no budget for this policy', () => {
    expect(status('De activiteiten worden betaald uit de bestaande budgetten voor welzijn.', 'begroting')).toBe('missing');
  });
});
