/**
 * The worker sends matchResponseJson (records serialised once per engine);
 * the extension's private mode builds matchResponse. Both must be the same
 * answer, character for character, whatever the passage and audience.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchResponse, matchResponseJson } from '@@/core/api/responses';
import { loadCases } from '@@/scripts/eval-lib';
import { realEngine } from '../helpers';

const { engine } = realEngine();

describe('matchResponseJson', () => {
  it('is JSON.stringify(matchResponse) for every dev passage, for every audience, asked twice', () => {
    const texts = loadCases().map((c) => c.text);
    expect(texts.length).toBeGreaterThan(10);
    for (const text of [...texts, ...texts])
      for (const audience of [undefined, 'beleid', 'raad'] as const)
        expect(matchResponseJson(engine, text, audience)).toBe(JSON.stringify(matchResponse(engine, text, audience)));
  });

  it('is JSON.stringify(matchResponse) for any text, quotes and control characters included', () => {
    const words = fc.constantFrom('discriminatie', 'arbeidsmarkt', '"citaat"', '\\', '\u0000', '😀', 'ADV', 'meldpunt', 'racisme', '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        expect(matchResponseJson(engine, text)).toBe(JSON.stringify(matchResponse(engine, text)));
      }),
      { numRuns: 150 },
    );
  });
});
