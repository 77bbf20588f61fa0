/**
 * What a passage is about, read from the words policy texts use: a
 * separable verb ("de raad spreekt uit") reads as its whole verb, "afzonderlijk"
 * as "apart", and the set phrases and dates of a motion are no query terms.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@@/core/analysis/analyzer';
import { prepare } from '@@/core/engine/document';
import { selectTerms } from '@@/core/engine/match';
import { cueEngine, realEngine } from '../helpers';

const { snapshot } = realEngine();
const analyzer = createAnalyzer(snapshot.lexicon);
const terms = (text: string) => analyzer.analyze(text).flatMap((t) => (t.stem ? [t.stem, ...t.parts, ...t.synonyms] : []));
const query = (text: string) => selectTerms(prepare(text, analyzer), snapshot.df, snapshot.docCount).terms;

describe('words of policy texts', () => {
  it('"spreekt uit" is uitspreken, and "spreekt" alone is not', () => {
    const uitspreken = analyzer.word('uitspreken').stem;
    expect(terms('De raad spreekt uit dat discriminatie niet wordt geaccepteerd.')).toContain(uitspreken);
    expect(terms('De burgemeester spreekt zich uit tegen racisme.')).toContain(uitspreken);
    expect(terms('De wethouder spreekt met de ADV.')).not.toContain(uitspreken);
  });

  it('"afzonderlijk beleid" is "apart beleid"', () => {
    expect(terms('geen afzonderlijk beleid')).toContain(analyzer.word('apart').synonyms[0]);
    expect(analyzer.word('apart').synonyms).toHaveLength(1);
  });

  it('the set phrases and the date of a motion are no query terms; what it asks is', () => {
    const q = query(
      'De raad, in vergadering bijeen op 13 maart 2025, overwegende dat racisme in de stad toeneemt, gaat over tot de orde van de dag.',
    );
    for (const w of ['vergadering', 'maart', 'overwegende', 'orde']) expect(q).not.toContain(analyzer.word(w).stem);
    expect(q).toContain(analyzer.word('racisme').stem);
  });
});

describe('partners in the words of policy texts', () => {
  const { engine } = realEngine();
  const status = (text: string) => engine.check(text).items.find((i) => i.id === 'partijen')!.status;

  it('"samenwerken" split by the sentence still names who the municipality works with', () => {
    expect(status('De gemeente werkt alleen samen met bedrijven die zich aan de afspraken houden.')).toBe('partial');
    expect(status('De gemeente werkt hard aan de wijk; samen staan we sterk.')).toBe('missing');
  });

  it('a plan made with the groups\u2019 own organisations names partners (in the cue words)', () => {
    // Generic words: the learned reading, which has seen few such plans, doubts it (noted in BENCHMARKS.md, round 5).
    const cues = cueEngine().check('Met moskeebesturen en moslimorganisaties stellen we een plan van aanpak op.');
    expect(cues.items.find((i) => i.id === 'partijen')!.status).toBe('partial');
  });
});
