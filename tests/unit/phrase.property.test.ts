/**
 * The phrase matcher and the cue compiler (postings lookups, sentence
 * bounds, negation windows) against a reference that walks every token of
 * every sentence, on generated drafts whose sentences are known.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '@@/core/analysis/analyzer';
import { NEGATIONS } from '@@/core/analysis/stopwords';
import { compileCue, matchCue } from '@@/core/engine/cues';
import { prepare } from '@@/core/engine/document';
import { AFTER_NEGATIONS, compilePhrase, findPhrase } from '@@/core/engine/phrase';

const analyzer: Analyzer = createAnalyzer(['arbeid', 'markt', 'arbeidsmarkt', 'discriminatie', 'begroting', 'meld', 'punt']);
const CONTENT = [
  'budget',
  'begroting',
  'euro',
  'monitor',
  'visie',
  'arbeidsmarkt',
  'arbeidsmarktdiscriminatie',
  'discriminatie',
  'raad',
  'meldpunt',
  'homo',
  'lesbisch',
];
const STOP = ['de', 'het', 'een', 'van', 'wat', 'in', 'alleen'];
const NEG = ['geen', 'niet', 'ontbreekt', 'later'];
const YEARS = ['2024', '2026', '2029'];
const wordOf = (content: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...content) },
    { weight: 3, arbitrary: fc.constantFrom(...STOP) },
    { weight: 2, arbitrary: fc.constantFrom(...NEG) },
    { weight: 1, arbitrary: fc.constantFrom(...YEARS) },
  );

/** Sentences of words; the text starts each with a capital and ends it with a full stop. */
const sentencesOf = (content: readonly string[]) =>
  fc.array(fc.array(wordOf(content), { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 5 });
const sentences = sentencesOf(CONTENT);
/** A small vocabulary, so cue words and negations meet often. */
const FEW = ['budget', 'euro', 'arbeidsmarktdiscriminatie', 'discriminatie'];
const render = (ss: string[][]) =>
  ss.map((s) => s.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ') + '.').join(' ');
/** Each token's sentence, straight from the generator. */
const flat = (ss: string[][]) => ss.flatMap((s, i) => s.map((w) => ({ w, s: i })));

const isYear = (w: string) => /^(19|20)\d\d$/.test(w);
/** Does phrase word `p` match text word `w`: the same stem, a compound part, a synonym; a stopword by its form. */
function refTokenMatches(p: string, w: string): boolean {
  const pt = analyzer.word(p).stem;
  if (!pt) return p === w;
  return analyzer.terms(w).includes(pt);
}
function refYearRange(words: { w: string; s: number }[], pos: number): boolean {
  for (let n = pos + 1; n <= pos + 4 && n < words.length && words[n].s === words[pos].s; n++) {
    if (isYear(words[n].w)) return Number(words[n].w) > Number(words[pos].w);
  }
  return false;
}
function refFind(words: { w: string; s: number }[], phrase: string): number[] {
  const ps = phrase.split(' ');
  const out: number[] = [];
  for (let i = 0; i + ps.length <= words.length; i++) {
    const ok = ps.every((p, k) => {
      const t = words[i + k];
      if (t.s !== words[i].s) return false;
      if (p === '#jaar') return isYear(t.w);
      if (p === '#jaarreeks') return isYear(t.w) && refYearRange(words, i + k);
      return refTokenMatches(p, t.w);
    });
    if (ok) out.push(i);
  }
  return out;
}
/** A negation up to three words before (unless followed by "alleen"), or "ontbreekt"/"later" up to four after, in the sentence. */
function refNegated(words: { w: string; s: number }[], pos: number, len: number): boolean {
  const s = words[pos].s;
  for (let i = pos - 1; i >= Math.max(0, pos - 3) && words[i].s === s; i--) {
    if (NEGATIONS.has(words[i].w) && words[i + 1].w !== 'alleen') return true;
  }
  for (let i = pos + len; i < Math.min(words.length, pos + len + 4) && words[i].s === s; i++)
    if (AFTER_NEGATIONS.has(words[i].w)) return true;
  return false;
}

const phraseText = fc.oneof(
  fc.array(fc.constantFrom(...CONTENT, ...STOP), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  fc.constantFrom('#jaar', '#jaarreeks', 'euro #jaar'),
);

describe('findPhrase (property)', () => {
  it('finds exactly the positions a token-by-token scan finds, never across a sentence end', () => {
    fc.assert(
      fc.property(sentences, phraseText, (ss, p) => {
        const doc = prepare(render(ss), analyzer);
        const words = flat(ss);
        expect(doc.tokens.map((t) => t.folded)).toEqual(words.map((x) => x.w));
        expect(Array.from(doc.sentenceOf)).toEqual(words.map((x) => x.s));
        const phrase = compilePhrase(p, analyzer)!;
        // "#jaar" inside a longer phrase is a word, not the year marker: the reference reads it the same way only alone.
        if (p === 'euro #jaar') return;
        expect(findPhrase(doc, phrase)).toEqual(refFind(words, p));
      }),
      { numRuns: 500 },
    );
  });
});

/** Cue text: groups joined by "+", alternatives by "|", with stray spaces. */
const cueText = fc
  .array(
    fc.array(
      fc.array(fc.constantFrom(...FEW, 'de', 'geen'), { minLength: 1, maxLength: 2 }).map((ws) => ws.join(' ')),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .chain((groups) => fc.constantFrom('', ' ').map((pad) => groups.map((g) => g.join(`${pad}|${pad}`)).join(`${pad}+${pad}`)));

/** The reference cue: a sentence matches when every group has an alternative there that is not negated (unless it says "geen" itself). */
function refMatchCue(words: { w: string; s: number }[], cue: string, sentenceCount: number): number[] {
  const groups = cue.split('+').map((g) =>
    g
      .split('|')
      .map((a) => a.trim())
      .filter(Boolean),
  );
  const out: number[] = [];
  for (let s = 0; s < sentenceCount; s++) {
    const all = groups.every((alts) =>
      alts.some((alt) => {
        const negatedPhrase = alt.split(' ').some((w) => NEGATIONS.has(w));
        return refFind(words, alt).some((pos) => words[pos].s === s && (negatedPhrase || !refNegated(words, pos, alt.split(' ').length)));
      }),
    );
    if (all) out.push(s);
  }
  return out;
}

describe('compileCue + matchCue (property)', () => {
  it('hits exactly the sentences the reference hits, with spans that lie in the sentence', () => {
    fc.assert(
      fc.property(sentencesOf(FEW), cueText, (ss, cue) => {
        const doc = prepare(render(ss), analyzer);
        const hits = matchCue(doc, compileCue(cue, analyzer));
        expect(hits.map((h) => h.sentence)).toEqual(refMatchCue(flat(ss), cue, ss.length));
        for (const h of hits)
          for (const { pos, length } of h.spans) for (let i = pos; i < pos + length; i++) expect(doc.sentenceOf[i]).toBe(h.sentence);
      }),
      { numRuns: 1000 },
    );
  });

  it('compiles "a|b + c" into two groups, the first with two alternatives', () => {
    const cue = compileCue('budget | begroting + euro', analyzer);
    expect(cue.groups.map((g) => g.length)).toEqual([2, 1]);
  });
});
