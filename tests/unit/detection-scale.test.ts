/**
 * The checklist detector reads a long draft the way it reads a short one:
 * headings are found line by line even after a line of thousands of
 * sentences, and example sentences count the same wherever they stand. These
 * are the paths made linear for long drafts (structure.ts, checklist.ts);
 * their speed is measured in bench/, not here.
 */
import { describe, expect, it } from 'vitest';
import { realEngine } from '../helpers';

const { engine } = realEngine();
const verdicts = (text: string) =>
  engine.check(text).items.map((i) => ({ id: i.id, status: i.status, evidence: i.evidence, reasons: i.reasons }));

const VISION =
  '## Waar staan we voor\n\nIn onze gemeente hoort iedereen erbij. Wie hier woont, moet mee kunnen doen op school, op het werk en in de buurt.';
const EXAMPLE = 'Bij de keuze van interventies gebruiken we kennis over wat werkt uit onderzoek van het Kennisplatform.';

describe('the detector on long drafts', () => {
  it('a line of many short sentences is read as sentences, none of them a heading', () => {
    const r = engine.check('A. '.repeat(33_334));
    expect(r.summary.sentences).toBe(33_334);
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
  });

  it('a heading after a very long line still governs its paragraph, with the same verdicts as without the line', () => {
    const filler = 'Dit is een zin. '.repeat(5000).trim();
    const alone = verdicts(VISION);
    const after = verdicts(`${filler}\n\n${VISION}`);
    expect(alone.find((v) => v.id === 'visie')!.status).toBe('covered');
    // The filler adds no evidence of its own, so every verdict, quote and reason is the same.
    expect(after).toEqual(alone);
  });

  it('a sentence like an example counts the same alone and amid many other sentences', () => {
    const alone = verdicts(EXAMPLE).find((v) => v.id === 'wat-werkt')!;
    const filler = 'De raad vergadert op dinsdag in het gemeentehuis. '.repeat(2000);
    const amid = verdicts(`${filler}\n\n${EXAMPLE}\n\n${filler}`).find((v) => v.id === 'wat-werkt')!;
    expect(alone.status).toBe('covered');
    expect(amid).toEqual(alone);
    expect(amid.reasons.map((r) => r.kind)).toContain('example');
  });

  it('many short heading lines are each read as a heading over their own line', () => {
    const sections = Array.from({ length: 3000 }, (_, i) => `Paragraaf ${i + 1}\nDe gemeente werkt hier verder aan.`).join('\n');
    const r = engine.check(`${sections}\n\n${VISION}`);
    expect(r.items.find((i) => i.id === 'visie')!.status).toBe('covered');
  });
});
