/**
 * The tokenizer scans by hand for the matches of its regular expression
 * (WORD): on generated text of letters, digits, apostrophes, accents, other
 * scripts, letters outside the Basic Multilingual Plane, lone surrogates,
 * the euro sign and punctuation, both find the same words at the same places,
 * folded alike (plain lower-case words are taken as they stand).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '@@/core/analysis/fold';
import { tokenize, WORD, MAX_TOKEN_LENGTH } from '@@/core/analysis/tokenize';

const PIECES = [
  'a',
  'Z',
  'é',
  'Ĳ',
  'ß',
  'я',
  '中',
  '٣',
  '7',
  "'",
  '’',
  '-',
  ' ',
  '\n',
  '.',
  '€',
  '$',
  '\u0301',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  'homo',
  "'s",
  '’t',
];

/** What the expression finds, runaway tokens skipped (as the tokenizer does), each with its folded form. */
const byRegex = (text: string) =>
  [...text.matchAll(WORD)]
    .filter((m) => m[0].length <= MAX_TOKEN_LENGTH)
    .map((m) => [
      m.index,
      m.index + m[0].length,
      m[0] === '€'
        ? 'euro'
        : fold(m[0])
            .replace(/['’]s$/, '')
            .replace(/['’]/g, ''),
    ]);

describe('tokenize', () => {
  it('finds exactly the matches of its regular expression', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const found = tokenize(text).map((t) => [t.start, t.end, t.folded]);
        expect(found).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });
});
