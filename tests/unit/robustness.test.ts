/**
 * match, check and search never throw and keep their contract on any string:
 * every Unicode plane, RTL marks, NUL, emoji, huge drafts, a single
 * 50,000-character word, runs of separators. (How fast they stay is measured
 * in `npm run bench`, not asserted here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckResponseSchema, MatchResponseSchema, SearchResponseSchema } from '@@/core/api/contract';
import { checkResponse, matchResponse, searchResponse } from '@@/core/api/responses';
import { realEngine } from '../helpers';

const { engine } = realEngine();

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\u200f',
      '\u202e',
      '\u2066',
      '\ufeff',
      '.',
      '!',
      '?',
      '\n',
      ' ',
      '-',
      "'",
      '€',
      '2025',
      '😀',
      '👩🏽‍⚕️',
      'ﷺ',
      '𝔘',
      'a',
    ),
    maxLength: 400,
  }),
  fc
    .array(
      fc.constantFrom(
        'geen',
        'niet',
        'budget',
        'begroting',
        'euro',
        '2026',
        'tot',
        'met',
        '2030',
        'raad',
        'gemeente',
        '.',
        '\n',
        'discriminatie',
        'adv',
      ),
      { maxLength: 300 },
    )
    .map((w) => w.join(' ')),
);

describe('robustness', () => {
  it('match, check and search answer valid shapes for any string', () => {
    fc.assert(
      fc.property(nasty, (text) => {
        expect(MatchResponseSchema.safeParse(matchResponse(engine, text)).success).toBe(true);
        const check = checkResponse(engine, text);
        expect(CheckResponseSchema.safeParse(check).success).toBe(true);
        for (const item of check.items) for (const e of item.evidence) expect(text).toContain(e);
        expect(SearchResponseSchema.safeParse(searchResponse(engine, text.slice(0, 200), {})).success).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('copes with a single 50,000-character word', () => {
    const word = 'discriminatie'.repeat(3847).slice(0, 50_000);
    expect(() => engine.match(word.slice(0, 10_000))).not.toThrow();
    expect(engine.check(word).items).toHaveLength(24);
    expect(engine.search(word.slice(0, 200)).total).toBeGreaterThanOrEqual(0);
  });

  it('copes with repeated separators and a 100,000-word draft', () => {
    expect(engine.check('.'.repeat(100_000)).summary.sentences).toBe(0);
    expect(
      engine.check('\n'.repeat(100_000) + 'De raad ontvangt elk jaar een rapportage.').items.find((i) => i.id === 'rol-raad')!.status,
    ).toBe('covered');
    const words = ['de', 'gemeente', 'begroting', 'raad', 'euro', '2027', 'geen', 'school', 'discriminatie', 'wijk'];
    const draft = Array.from({ length: 100_000 }, (_, i) => {
      const w = words[(i * 7919) % words.length];
      return i % 17 === 0 ? w[0].toUpperCase() + w.slice(1) : i % 17 === 16 ? `${w}.` : w;
    }).join(' ');
    const r = engine.check(draft);
    expect(r.items).toHaveLength(24);
    expect(r.summary.sentences).toBeGreaterThan(5000);
  });
});
