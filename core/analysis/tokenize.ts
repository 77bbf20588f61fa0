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

/** Letters and digits, with inner apostrophes and hyphens ("homo's", "Wmo-loket" splits at the hyphen); the euro sign is the word "euro". */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|€/gu;
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
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    if (raw.length > MAX_TOKEN_LENGTH) continue;
    const folded = foldWord(raw);
    if (folded.length === 0) continue;
    tokens.push({ text: raw, folded, start: m.index, end: m.index + raw.length, stem: '', parts: NONE, synonyms: NONE });
  }
  return tokens;
}
