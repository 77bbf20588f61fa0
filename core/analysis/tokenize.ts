/**
 * Splits text into word tokens with their offsets in the original text, so
 * results can quote or highlight exactly what the user wrote.
 */
import { fold } from './fold';

export interface Token {
  /** The token as it stands in the text. */
  text: string;
  /** Folded form: lower case, no accents. */
  folded: string;
  start: number;
  end: number;
  /** Filled in by the analyser (kept here so every token has one shape, which keeps long drafts fast). */
  stem: string;
  parts: readonly string[];
  synonyms: readonly string[];
}

const NONE: readonly string[] = [];

/**
 * Letters and digits, with inner apostrophes and hyphens ("homo's", "Wmo-loket" splits at the hyphen); the euro sign is the word "euro".
 * The rule as a regular expression; `tokenize` scans for exactly its matches by hand (the expression took
 * four fifths of tokenizing a long draft), reading ASCII by character code and testing only other characters
 * against the Unicode classes.
 */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|€/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
const EURO = 0x20ac;

/** Length (1, or 2 for a surrogate pair) of the letter (or digit, unless `lettersOnly`) at `i`; 0 when there is none. */
function wordCharAt(text: string, i: number, lettersOnly: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!lettersOnly && c >= 48 && c <= 57) ? 1 : 0;
  if (c !== c) return 0; // past the end
  const cp = text.codePointAt(i)!;
  const ch = cp > 0xffff ? text.slice(i, i + 2) : text[i];
  return (lettersOnly ? LETTER : LETTER_OR_DIGIT).test(ch) ? ch.length : 0;
}

/** End of the match of WORD that starts at `i`, or `i` when none starts there. */
function wordEnd(text: string, i: number): number {
  let end = i;
  for (let n; (n = wordCharAt(text, end, false));) end += n;
  if (end === i) return text.charCodeAt(i) === EURO ? i + 1 : i;
  const q = text.charCodeAt(end);
  if (q === 39 || q === 0x2019) {
    let after = end + 1;
    for (let n; (n = wordCharAt(text, after, true));) after += n;
    if (after > end + 1) end = after;
  }
  return end;
}
/**
 * End of a plain word at `i`: lower-case ASCII letters and digits only, its
 * own folded form (most words of a draft); `i` when the word there is not
 * plain (a capital, an accent, an apostrophe: those go through wordEnd and
 * foldWord).
 */
function plainEnd(text: string, i: number): number {
  let end = i;
  for (let c = text.charCodeAt(end); (c >= 97 && c <= 122) || (c >= 48 && c <= 57); c = text.charCodeAt(++end));
  const next = text.charCodeAt(end);
  return (next >= 65 && next <= 90) || next >= 128 || next === 39 ? i : end;
}

/** Longer tokens are not words (hashes, base64, runaway input); they are skipped. */
export const MAX_TOKEN_LENGTH = 40;

// Folding (NFD) is the costly step; long drafts repeat the same words.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

function foldWord(raw: string): string {
  let folded = foldCache.get(raw);
  if (folded === undefined) {
    // "homo's" → "homo": the possessive/plural 's carries no meaning of its own.
    folded =
      raw === '€'
        ? 'euro'
        : fold(raw)
            .replace(/['’]s$/, '')
            .replace(/['’]/g, '');
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(raw, folded);
  }
  return folded;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const plain = plainEnd(text, i);
    const end = plain > i ? plain : wordEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    const start = i;
    i = end;
    if (end - start > MAX_TOKEN_LENGTH) continue;
    const raw = text.slice(start, end);
    const folded = plain > start ? raw : foldWord(raw);
    if (folded.length === 0) continue;
    tokens.push({ text: raw, folded, start, end, stem: '', parts: NONE, synonyms: NONE });
  }
  return tokens;
}
