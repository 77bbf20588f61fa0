/**
 * Splits a draft into sentences, keeping offsets so evidence is quoted exactly
 * as it stands. Lines are boundaries (headings, list items); within a line a
 * sentence ends at . ! ? ; followed by a capital or a digit, unless the dot
 * belongs to a common Dutch abbreviation (bijv., o.a., ca., art.).
 */
import type { Token } from '../analysis/tokenize';

export interface Sentence {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

const ABBREVIATIONS = new Set([
  'bijv',
  'bv',
  'o.a',
  'oa',
  'ca',
  'nr',
  'art',
  'jl',
  'mr',
  'dr',
  'drs',
  'ir',
  'prof',
  'etc',
  'incl',
  'excl',
  'e.d',
  'd.w.z',
  'm.b.t',
  'i.p.v',
  't.a.v',
  'z.s.m',
  'a.s',
  'resp',
  'vgl',
  'evt',
  'min',
  'max',
  'mln',
  'mld',
  'st',
  'e.a',
  'blz',
  'p',
]);
const isEnd = (c: string) => c === '.' || c === '!' || c === '?';
/** Closing quotes, brackets and emphasis ("**Financiën.**") that may follow a sentence end. */
const CLOSERS = new Set(['"', "'", '’', '”', ')', ']', '*', '_']);
const OPENERS = new Set(['"', "'", '‘', '“', '(', '[']);
const STARTS_SENTENCE = /[\p{Lu}\p{N}]/u;
/** Markdown and list markers at the start of a line are not part of the sentence. */
const LEADING_MARKUP = /^(?:\s|#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>\s?)+/u;

function pushSentence(out: { start: number; end: number }[], text: string, start: number, end: number) {
  const lead = LEADING_MARKUP.exec(text.slice(start, Math.min(end, start + 64)));
  if (lead) start += lead[0].length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/**
 * A sentence ends at . ! ? (a run of them), optional closing quotes or
 * brackets, whitespace, and then a capital or a digit (after an optional
 * opening quote). A linear scan: no regex can backtrack over a long run.
 */
function splitLine(text: string, from: number, to: number, out: { start: number; end: number }[]) {
  let start = from;
  let i = from;
  while (i < to) {
    if (!isEnd(text[i])) {
      i++;
      continue;
    }
    const dot = i;
    while (i < to && isEnd(text[i])) i++;
    while (i < to && CLOSERS.has(text[i])) i++;
    const endOfSentence = i;
    if (i >= to || !/\s/.test(text[i])) continue;
    while (i < to && /\s/.test(text[i])) i++;
    const next = OPENERS.has(text[i]) ? text[i + 1] : text[i];
    if (i >= to || next === undefined || !STARTS_SENTENCE.test(next)) continue;
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, dot - 12), dot))?.[1]?.toLowerCase() ?? '';
    if (text[dot] === '.' && endOfSentence === dot + 1 && ABBREVIATIONS.has(word.replace(/^\.+/, ''))) continue;
    pushSentence(out, text, start, endOfSentence);
    start = i;
  }
  pushSentence(out, text, start, to);
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const spans: { start: number; end: number }[] = [];
  for (let lineStart = 0; lineStart <= text.length;) {
    const at = text.indexOf('\n', lineStart);
    const lineEnd = at < 0 ? text.length : at;
    if (lineEnd > lineStart) splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  // Attach token ranges; spans and tokens are both in text order.
  const sentences: Sentence[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t].end <= span.start) t++;
    const tokenStart = t;
    while (t < tokens.length && tokens[t].start < span.end) t++;
    if (t > tokenStart) sentences.push({ start: span.start, end: span.end, tokenStart, tokenEnd: t });
  }
  return sentences;
}
