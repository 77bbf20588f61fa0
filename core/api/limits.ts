/**
 * Every size limit of the product, in one place: the selection, the menu
 * trigger, the extension's messages, the page reader and the API all use
 * these. Kept apart from the contract's schemas so the content script can
 * import it without them.
 */

/** The most bytes a JSON string of `chars` UTF-16 units can take (\\uXXXX escapes), plus room for the object around it. */
export const bodyBytesFor = (chars: number) => 6 * chars + 1024;

export const LIMITS = {
  /** Characters in a highlighted passage. */
  matchChars: 10_000,
  /** Characters of a selection the extension takes in; a longer one is cut, and advice is given on its most telling part (≤ matchChars). */
  selectionChars: 200_000,
  /** Characters of a draft the extension reads and checks (over checkChars it is checked in the browser). */
  draftChars: 1_000_000,
  /** Words a page, frame or document must have before the check gives a verdict on it. */
  minDraftWords: 150,
  /** Bytes in a match request body: any passage within matchChars fits (see bodyBytesFor). */
  matchBodyBytes: bodyBytesFor(10_000),
  /**
   * One POST /api/check: what a worker checks within the Workers free plan's
   * 10 ms CPU per request (bench: worker.cpu.*). A longer draft is checked in
   * parts (or locally); the API answers 413 with a message to split it.
   * Sentences and words are counted as checkOversize() counts them.
   */
  checkChars: 20_000,
  checkWords: 4_000,
  checkSentences: 700,
  /** Bytes in a check request body: any draft within checkChars fits. */
  checkBodyBytes: bodyBytesFor(20_000),
  /** Characters in a search query. */
  queryChars: 200,
  /** Results of one search: the default, and the most a `limit` may ask for. */
  defaultSearchLimit: 20,
  maxSearchLimit: 100,
  /** Characters of one evidence quote (a longer sentence is cut at a word, ending in EVIDENCE_CUT), and quotes per item. */
  evidenceChars: 300,
  evidencePerItem: 3,
  /** A match's `why`: matched words per record, and words per signal. */
  whyTerms: 16,
  signalWords: 8,
  /** Bytes of an answer to a search, match or check; the caps above keep match and check answers far below it (≤ 150 KB). */
  responseBytes: 512 * 1024,
  /** Characters of an error message (it may name a field, a key or a path the client sent). */
  errorChars: 300,
  /**
   * Requests per client address (CF-Connecting-IP) in a window of
   * periodSeconds, as bound in wrangler.toml [[ratelimits]]; over it: 429
   * with Retry-After. `api` counts every /api request, `check` also POST /api/check.
   */
  rateLimits: {
    api: { requests: 120, periodSeconds: 10 },
    check: { requests: 30, periodSeconds: 60 },
  },
} as const;

/** The ending of an evidence quote that was cut: the extension looks up the part before it. */
export const EVIDENCE_CUT = ' …';

/**
 * Words: runs of anything but white space and punctuation (ASCII, Latin-1's
 * and general punctuation). At least the engine's tokens, mostly the same;
 * three times faster than a Unicode letter class, which matters at 10 ms a request.
 */
const WORD = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2010-\u2027]+/g;
/** Lines with a word, and sentence ends within a line (. ! ? then a capital or digit): at least as many as the engine's sentences. */
const LINE = /[\p{L}\p{N}][^\n]*/gu;
// One end mark, not a run of them: a regex that backtracks over a run of dots is quadratic.
const SENTENCE_END = /[.!?]["'’”)\]]*[^\S\n]+["'‘“([]?[\p{Lu}\p{N}]/gu;

const count = (re: RegExp, text: string) => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
};

/** A draft's size as the check's limits count it: characters, words and sentences. */
export function draftSize(text: string) {
  return { chars: text.length, words: count(WORD, text), sentences: count(LINE, text) + count(SENTENCE_END, text) };
}

/** The first check limit a draft is over, or null when it can be checked in one request. */
export function checkOversize(text: string): { what: 'chars' | 'words' | 'sentences'; count: number; limit: number } | null {
  if (text.length > LIMITS.checkChars) return { what: 'chars', count: text.length, limit: LIMITS.checkChars };
  const { words, sentences } = draftSize(text);
  if (words > LIMITS.checkWords) return { what: 'words', count: words, limit: LIMITS.checkWords };
  if (sentences > LIMITS.checkSentences) return { what: 'sentences', count: sentences, limit: LIMITS.checkSentences };
  return null;
}
