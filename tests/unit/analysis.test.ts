import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@@/core/analysis/analyzer';
import { compoundParts, MIN_PART, MIN_WORD, splitCompound } from '@@/core/analysis/decompound';
import { fold } from '@@/core/analysis/fold';
import { stem } from '@@/core/analysis/stem';
import { isStopword, NEGATIONS } from '@@/core/analysis/stopwords';
import { tokenize } from '@@/core/analysis/tokenize';

const LEXICON = [
  'arbeid',
  'markt',
  'arbeidsmarkt',
  'discriminatie',
  'stage',
  'woning',
  'zoekenden',
  'programma',
  'begroting',
  'huid',
  'kleur',
  'onder',
  'zoek',
];
const analyzer = createAnalyzer(LEXICON);

describe('fold and tokenize', () => {
  it('lower-cases and folds accents', () => {
    expect(fold('Geïntegreerd ÉÉN reünie')).toBe('geintegreerd een reunie');
  });

  it('keeps offsets into the original text', () => {
    const text = 'De Wmo-loket medewerkers, homo’s en één ADV.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.folded)).toEqual(['de', 'wmo', 'loket', 'medewerkers', 'homo', 'en', 'een', 'adv']);
  });

  it('skips runaway tokens instead of indexing them', () => {
    expect(tokenize('a'.repeat(50_000) + ' beleid').map((t) => t.folded)).toEqual(['beleid']);
  });
});

describe('stopwords and stemming', () => {
  it('keeps negations out of the stopword list', () => {
    for (const n of NEGATIONS) expect(isStopword(n)).toBe(false);
    expect(isStopword('de')).toBe(true);
  });

  it('joins the word families that policy text uses', () => {
    expect(stem('discriminatie')).toBe(stem('discrimineren'));
    expect(stem('gediscrimineerd')).toBe(stem('discrimineren'));
    expect(stem('interventies')).toBe(stem('interventie'));
    expect(stem('registreert')).toBe(stem('registreren'));
    expect(stem('woningen')).toBe(stem('woning'));
  });

  it('stems are stable: stemming a stem changes nothing', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (w) => {
        const s = stem(w);
        expect(stem(s)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compound splitting', () => {
  it('splits compounds into lexicon parts, with linking s', () => {
    expect(splitCompound('arbeidsmarktdiscriminatie', new Set(LEXICON))).toEqual(['arbeidsmarkt', 'discriminatie']);
    expect(compoundParts('arbeidsmarktdiscriminatie', new Set(LEXICON))).toEqual(['arbeidsmarkt', 'discriminatie', 'arbeid', 'markt']);
    expect(splitCompound('stagediscriminatie', new Set(LEXICON))).toEqual(['stage', 'discriminatie']);
    expect(splitCompound('woningzoekenden', new Set(LEXICON))).toEqual(['woning', 'zoekenden']);
    expect(splitCompound('huidskleur', new Set(LEXICON))).toEqual(['huid', 'kleur']);
  });

  it('leaves unknown words and particles alone', () => {
    expect(splitCompound('onderzoek', new Set(LEXICON))).toBeNull();
    expect(splitCompound('gemeentehuis', new Set(LEXICON))).toBeNull();
  });

  /** Brute force: every way to cut the word into lexicon parts with optional links. */
  function oracle(word: string, lexicon: Set<string>): number | null {
    let best: number | null = null;
    const go = (i: number, parts: number) => {
      if (i === word.length) {
        if (parts >= 2 && (best === null || parts < best)) best = parts;
        return;
      }
      for (let j = i + MIN_PART; j <= word.length; j++) {
        const part = word.slice(i, j);
        if (!lexicon.has(part) || (i === 0 && j === word.length) || part === 'onder') continue;
        for (const link of ['', 's', 'e', 'en']) {
          if (link && (j + link.length >= word.length || word.slice(j, j + link.length) !== link)) continue;
          go(j + link.length, parts + 1);
        }
      }
    };
    go(0, 0);
    return best;
  }

  it('finds the split with the fewest parts, like a brute-force oracle', () => {
    const lexicon = new Set([
      'huis',
      'huur',
      'markt',
      'prijs',
      'prijzen',
      'werk',
      'gever',
      'woning',
      'stage',
      'plaats',
      'arbeid',
      'sport',
      'club',
    ]);
    const words = fc.array(fc.constantFrom(...lexicon), { minLength: 1, maxLength: 4 });
    const links = fc.array(fc.constantFrom('', 's', 'e', 'en'), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(words, links, (ws, ls) => {
        const word = ws.map((w, i) => (i < ws.length - 1 ? w + ls[i] : w)).join('');
        const got = splitCompound(word, lexicon);
        const expected = word.length < MIN_WORD ? null : oracle(word, lexicon);
        expect(got?.length ?? null).toBe(expected);
        if (got) expect(got.every((p) => lexicon.has(p))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('analyzer', () => {
  it('gives the stem, the compound parts and synonyms', () => {
    expect(analyzer.terms('arbeidsmarktdiscriminatie')).toEqual([
      stem('arbeidsmarktdiscriminatie'),
      'arbeidsmarkt',
      stem('discriminatie'),
      'arbeid',
      'markt',
    ]);
    expect(analyzer.terms('lesbische')).toContain('~lhbti');
    expect(analyzer.terms('homo')).toContain('~lhbti');
    expect(analyzer.terms('validisme')).toContain('~beperking');
    expect(analyzer.terms('de')).toEqual([]);
  });

  it('never throws and is idempotent on its own output', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const once = analyzer.stems(text);
        expect(analyzer.stems(once.join(' '))).toEqual(once);
      }),
      { numRuns: 1500 },
    );
  });
});
