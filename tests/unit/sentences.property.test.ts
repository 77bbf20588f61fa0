/**
 * The sentence splitter (a linear scan) against a reference written the
 * obvious way, with regular expressions, on generated drafts: lines, sentence
 * ends, quotes, abbreviations, list and heading markup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '@@/core/analysis/tokenize';
import { splitSentences } from '@@/core/engine/sentences';

const ABBREVIATIONS = ['bijv.', 'o.a.', 'ca.', 'art.', 'd.w.z.', 'i.p.v.'];

/** The obvious splitter: lines; in a line, end punctuation, closers, spaces, then (a quote and) a capital or digit. */
function referenceSplit(text: string): string[] {
  const out: string[] = [];
  const END = /[.!?]+["'’”)\]*_]*(?=\s+["'‘“([]?[\p{Lu}\p{N}])/gu;
  for (const line of text.split('\n')) {
    let start = 0;
    for (const m of line.matchAll(END)) {
      const before = line.slice(0, m.index);
      const word = /([\p{L}.]+)$/u.exec(before.slice(-12))?.[1]?.toLowerCase().replace(/^\.+/, '') ?? '';
      if (m[0] === '.' && ABBREVIATIONS.some((a) => a.slice(0, -1) === word)) continue;
      out.push(line.slice(start, m.index + m[0].length));
      start = m.index + m[0].length;
    }
    out.push(line.slice(start));
  }
  return out.map((s) => s.replace(/^(?:\s|#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>\s?)+/u, '').trim()).filter((s) => tokenize(s).length > 0);
}

const word = fc.constantFrom('beleid', 'gemeente', 'raad', 'inwoners', 'melding', 'budget', 'wijk', '2026', 'e-mail', 'homo’s', 'één');
const capital = (w: string) => w[0].toUpperCase() + w.slice(1);
const sentence = fc
  .record({
    words: fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(...ABBREVIATIONS) }), {
      minLength: 1,
      maxLength: 8,
    }),
    end: fc.constantFrom('.', '!', '?', '...', '.)', '."', ''),
    quoted: fc.boolean(),
  })
  .map(({ words, end, quoted }) => (quoted ? '“' : '') + [capital(words[0]), ...words.slice(1)].join(' ') + end);
const line = fc
  .record({
    markup: fc.constantFrom('', '# ', '## ', '- ', '* ', '1. ', '> '),
    sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }),
    gap: fc.constantFrom(' ', '  ', '\t'),
  })
  .map(({ markup, sentences, gap }) => markup + sentences.join(gap));
const draft = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));

describe('splitSentences (property)', () => {
  it('agrees with the regular-expression reference', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const got = splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
        expect(got).toEqual(referenceSplit(text));
      }),
      { numRuns: 400 },
    );
  });

  it('gives ordered, disjoint sentences whose token ranges hold exactly their tokens', () => {
    fc.assert(
      fc.property(fc.oneof(draft, fc.string({ maxLength: 200 })), (text) => {
        const tokens = tokenize(text);
        const sentences = splitSentences(text, tokens);
        let lastEnd = 0;
        let lastToken = 0;
        for (const s of sentences) {
          expect(s.start).toBeGreaterThanOrEqual(lastEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.tokenStart).toBeGreaterThanOrEqual(lastToken);
          expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
          for (let t = s.tokenStart; t < s.tokenEnd; t++) {
            expect(tokens[t].start).toBeGreaterThanOrEqual(s.start);
            expect(tokens[t].end).toBeLessThanOrEqual(s.end);
          }
          lastEnd = s.end;
          lastToken = s.tokenEnd;
        }
      }),
      { numRuns: 400 },
    );
  });
});
