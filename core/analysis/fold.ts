/**
 * Lower-cases and folds accents, so "geïntegreerd", "één" and "reünie" match
 * what people type. Keeps string length stable for ASCII; callers that need
 * offsets use the tokenizer, which folds token by token.
 */
const COMBINING_MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
