import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const { engine } = realEngine();

describe('match', () => {
  it('finds interventions of the passage’s domain, with the reason why', () => {
    const m = engine.match('Verhuurders wijzen woningzoekenden met een Turkse achternaam vaker af.');
    expect(m.interventions.length).toBeGreaterThan(0);
    expect(m.interventions[0].record.domains).toContain('wonen');
    expect(m.interventions[0].why.signals).toContainEqual({ facet: 'domain', id: 'wonen' });
    expect(m.interventions[0].why.terms.length).toBeGreaterThan(0);
  });

  it('reads the municipality’s own risk model as the municipality as organisation, not as policing', () => {
    const m = engine.match(
      'De afdeling Werk en Inkomen gebruikt een rekenmodel om te bepalen welke aanvragen voor bijstand extra worden gecontroleerd.',
    );
    expect(m.interventions[0].why.signals).toContainEqual({ facet: 'domain', id: 'gemeente-organisatie' });
    expect(m.interventions.slice(0, 2).every((x) => x.record.domains.includes('gemeente-organisatie'))).toBe(true);
  });

  it('places settings without a domain word in their domain: a swimming pool, a night shelter, a room viewing', () => {
    const ids = (text: string, facet: string) =>
      engine
        .match(text)
        .signals.filter((s) => s.facet === facet)
        .map((s) => s.id);
    const pool = 'Bij het zwembad weigerde de badmeester een vrouw in een boerkini.';
    expect(ids(pool, 'domain')).toContain('sport');
    expect(ids(pool, 'ground')).toContain('religie');
    expect(ids('In de nachtopvang worden daklozen uit Polen door medebewoners uitgescholden.', 'domain')).toContain('zorg-welzijn');
    expect(ids('Na de bezichtiging kreeg de student te horen dat de huisgenoten geen buitenlanders willen.', 'domain')).toContain('wonen');
  });

  it('reads a team of consultants as a team at work, not as sport', () => {
    const m = engine.match(
      'De ADV traint onze consulenten in het herkennen van zulke ervaringen en praat twee keer per jaar met het team over wat zij zien.',
    );
    expect(m.interventions.slice(0, 3).map((x) => x.record.domains)).not.toContainEqual(['sport']);
    expect(m.interventions.flatMap((x) => x.why.signals)).not.toContainEqual({ facet: 'domain', id: 'sport' });
  });

  it('ranks best first', () => {
    const m = engine.match('Portiers weigeren jongeren van kleur bij de deur van de club.');
    const scores = m.interventions.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(m.interventions[0].record.domains).toContain('horeca');
  });

  it('uses compound parts: arbeidsmarktdiscriminatie finds labour-market records', () => {
    const m = engine.match('We pakken arbeidsmarktdiscriminatie aan.');
    expect(m.interventions.slice(0, 3).some((x) => x.record.domains.includes('arbeidsmarkt'))).toBe(true);
  });

  it('uses synonyms and ground signals', () => {
    const m = engine.match('Homo’s en lesbiennes in het verpleeghuis voelen zich niet veilig.');
    expect(m.interventions.slice(0, 3).some((x) => x.record.grounds.includes('seksuele-orientatie'))).toBe(true);
  });

  it('warns against leaning on complaint figures', () => {
    const m = engine.match('We meten het succes van ons beleid aan het aantal meldingen bij het meldpunt.');
    expect(m.guidance.slice(0, 3).some((g) => g.record.kind === 'dont' && /meld/i.test(g.record.text + g.record.reason))).toBe(true);
  });

  it('advice for one group fits a passage about that group, not every passage about reports', () => {
    const generic = engine.match(
      'Volgens de jaarcijfers daalde het aantal meldingen bij het meldpunt, maar de meeste inwoners die discriminatie meemaken, melden het nooit.',
    );
    expect(generic.guidance.slice(0, 3).filter((g) => g.record.grounds)).toEqual([]);
    const asian = engine.match('Aziatische Nederlanders, vooral vrouwen, worden op straat en in de bus racistisch nageroepen.');
    expect(asian.guidance.slice(0, 3).map((g) => g.record.id)).toContain('neem-anti-aziatisch-naroepen-mee-in-aanpak-straatintimidatie');
  });

  it('names the checklist items a passage touches', () => {
    const m = engine.match('Voor de uitvoering trekken we structureel 100.000 euro per jaar uit in de begroting.');
    expect(m.checklist[0].record.id).toBe('begroting');
    expect(m.checklist[0].why.terms.length).toBeGreaterThan(0);
  });

  it('keeps both topics of a mixed passage in the top three, also when one topic spans two domains', () => {
    const text =
      'Jongeren vertellen dat ze met hun achternaam geen stageplaats vinden, en dat ze in het weekend de clubs niet in mogen. Met het roc en de leerbedrijven maken we afspraken over eerlijke stages, en met de horeca en de politie over het deurbeleid.';
    const top = engine
      .match(text)
      .interventions.slice(0, 3)
      .map((x) => x.record.domains);
    expect(top.some((d) => d.includes('horeca'))).toBe(true);
    expect(top.some((d) => !d.includes('horeca') && (d.includes('onderwijs') || d.includes('arbeidsmarkt')))).toBe(true);
  });

  it('shows the strongest ground in the top three when the words point elsewhere', () => {
    const text =
      'Een bezoeker in een rolstoel en een man met een hulphond kwamen een café aan de Markt niet in. Met de horecaondernemers spreken we af dat de toegang voor iedereen open is.';
    const top = engine.match(text).interventions.slice(0, 3);
    expect(top.some((x) => x.record.grounds.includes('handicap'))).toBe(true);
  });

  it('handles passages of 10,000 characters', () => {
    const text = 'Werkgevers nodigen sollicitanten met een migratieachtergrond minder vaak uit. '.repeat(130).slice(0, 10_000);
    const m = engine.match(text);
    expect(m.interventions[0].record.domains).toContain('arbeidsmarkt');
  });

  it('answers empty results for text without content words', () => {
    const m = engine.match('de het een en');
    expect(m.interventions).toEqual([]);
    expect(m.checklist).toEqual([]);
  });
});

describe('search', () => {
  it('finds as you type, with prefixes', () => {
    const r = engine.search('stagediscr');
    expect(r.results[0].intervention.title.toLowerCase()).toContain('stage');
  });

  it('filters by domain, ground and type', () => {
    const r = engine.search('', { domain: 'sport' });
    expect(r.total).toBeGreaterThan(2);
    expect(r.results.every((x) => x.intervention.domains.includes('sport'))).toBe(true);
    const t = engine.search('discriminatie', { type: 'praktijktest' });
    expect(t.results.every((x) => x.intervention.types.includes('praktijktest'))).toBe(true);
  });

  it('tolerates a typo in a long word', () => {
    expect(engine.search('deurbelied').total).toBeGreaterThan(0);
  });
});
