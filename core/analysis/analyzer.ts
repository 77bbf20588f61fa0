/**
 * The one Dutch analyser, used identically when the index is built and when
 * text is searched, matched or checked: fold → tokenize → drop stopwords →
 * stem → add compound parts and synonyms.
 *
 * @example
 * const a = createAnalyzer(['arbeid', 'markt', 'arbeidsmarkt', 'discriminatie']);
 * a.terms('arbeidsmarktdiscriminatie')
 * // → ['arbeidsmarktdiscriminer', 'arbeidsmarkt', 'discriminer', 'arbeid', 'markt']
 */
import { compoundParts, type Lexicon } from './decompound';
import { FIXED_EXPRESSIONS, SENSE_EXPRESSIONS, SENSE_STEMS, WHOLE_WORDS } from './senses';
import { stem } from './stem';
import { isStopword } from './stopwords';
import { SYN_PREFIX, SYNONYM_GROUPS } from './synonyms';
import { tokenize, type Token } from './tokenize';

/** How a term relates to the word it came from. */
export interface WordTerms {
  /** The word's stem; '' for a stopword. */
  stem: string;
  /** Stems of compound parts (not including the stem). */
  parts: readonly string[];
  /** Canonical synonym terms. */
  synonyms: readonly string[];
}

/** A token with its terms filled in; stopwords keep stem ''. */
export type AnalyzedToken = Token;

/** Words with a sense of their own (senses.ts) keep it; every other word gets its Snowball stem. */
const SENSE_VALUES: ReadonlySet<string> = new Set([...Object.values(SENSE_STEMS), ...Object.values(SENSE_EXPRESSIONS).map((e) => e.stem)]);
const senseStem = (folded: string) => SENSE_STEMS[folded] ?? (SENSE_VALUES.has(folded) ? folded : stem(folded));

const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries(SYNONYM_GROUPS).flatMap(([canon, words]) => words.map((w) => [senseStem(w), SYN_PREFIX + canon] as const)),
);

/** Multi-word expressions by their first word: fixed ones become stopwords, sense ones give their head a sense stem. */
interface Expression {
  words: string[];
  /** Position and stem of the head word, or none: every word is a stopword. */
  head?: { at: number; stem: string };
}
const EXPRESSIONS = new Map<string, Expression[]>();
for (const e of [
  ...FIXED_EXPRESSIONS.map((x): Expression => ({ words: x.split(' ') })),
  ...Object.entries(SENSE_EXPRESSIONS).map(([x, { head, stem }]): Expression => ({ words: x.split(' '), head: { at: head, stem } })),
]) {
  EXPRESSIONS.set(e.words[0], [...(EXPRESSIONS.get(e.words[0]) ?? []), e]);
}
const NONE: readonly string[] = [];

/** Applies the expressions of senses.ts to analysed tokens, in place. */
function applyExpressions(tokens: Token[]) {
  for (let i = 0; i < tokens.length; i++) {
    for (const e of EXPRESSIONS.get(tokens[i].folded) ?? []) {
      if (!e.words.every((w, k) => tokens[i + k]?.folded === w)) continue;
      e.words.forEach((_, k) => {
        const t = tokens[i + k];
        const head = e.head?.at === k;
        t.stem = head ? e.head!.stem : '';
        t.parts = NONE;
        t.synonyms = NONE;
      });
      i += e.words.length - 1;
      break;
    }
  }
}

export interface Analyzer {
  /** Terms for one folded word, the stem first; [] for a stopword. */
  terms(folded: string): string[];
  word(folded: string): WordTerms;
  /** Tokens of a text with their terms; stopwords are kept (with stem '') so positions stay true. */
  analyze(text: string): AnalyzedToken[];
  /** Stems of a text's content words: the analyser's normal form. */
  stems(text: string): string[];
  readonly lexicon: Lexicon;
}

const STOP: WordTerms = { stem: '', parts: [], synonyms: [] };
const CACHE_LIMIT = 100_000;

export function createAnalyzer(lexiconWords: Iterable<string>): Analyzer {
  const lexicon: Lexicon = new Set(lexiconWords);
  const cache = new Map<string, WordTerms>();

  function word(folded: string): WordTerms {
    let w = cache.get(folded);
    if (w) return w;
    const s = isStopword(folded) || folded.length < 2 ? '' : senseStem(folded);
    // A stem of one letter ("oo" → "o") is no word: dropping it keeps analysis idempotent.
    if (s.length < 2) {
      w = STOP;
    } else {
      const parts = WHOLE_WORDS.has(folded)
        ? []
        : compoundParts(folded, lexicon)
            .map(senseStem)
            .filter((p) => p !== s);
      const synonyms = new Set<string>();
      for (const t of [s, ...parts]) {
        const syn = SYNONYMS.get(t);
        if (syn) synonyms.add(syn);
      }
      w = { stem: s, parts: [...new Set(parts)], synonyms: [...synonyms] };
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(folded, w);
    return w;
  }

  return {
    lexicon,
    word,
    terms(folded) {
      const w = word(folded);
      return w.stem ? [w.stem, ...w.parts, ...w.synonyms] : [];
    },
    analyze,
    stems(text) {
      return analyze(text)
        .map((t) => t.stem)
        .filter(Boolean);
    },
  };

  function analyze(text: string): AnalyzedToken[] {
    const tokens = tokenize(text);
    for (const t of tokens) {
      const w = word(t.folded);
      t.stem = w.stem;
      t.parts = w.parts;
      t.synonyms = w.synonyms;
    }
    applyExpressions(tokens);
    return tokens;
  }
}
