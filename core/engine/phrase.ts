/**
 * Phrases compiled from cue and signal text, and found in a prepared Doc.
 * Content words compare by stem (or compound part), stopwords by their folded
 * form, so "wat werkt" needs the "wat" and "werkelijke omvang" does not match
 * "werkelijke" alone. `#jaar` is any year, `#jaarreeks` a year followed closely
 * by a later one ("2025 tot en met 2028", "2025–2030"), `#dag` a day of the
 * month and `#maand` a month's name (so "vóór #dag #maand" is a deadline and
 * "de motie 'Voor iedereen' van juni 2026" is not), `#beleidsstuk` a word
 * that names another policy ("de Sportnota": policy-names.ts).
 */
import type { Analyzer } from '../analysis/analyzer';
import { NEGATIONS } from '../analysis/stopwords';
import { tokenize } from '../analysis/tokenize';
import type { Doc } from './document';

/** The key of a stopword in a Doc's postings: stopwords match by form. */
export const stopKey = (folded: string) => '=' + folded;

/** Words that can turn a cue into its opposite after it ("een monitor ontbreekt"). */
export const AFTER_NEGATIONS: ReadonlySet<string> = new Set(['ontbreekt', 'ontbreken', 'ontbrak', 'ontbraken', 'later']);

export type PhraseToken =
  { kind: 'term' | 'stop'; key: string } | { kind: 'year' } | { kind: 'years' } | { kind: 'day' } | { kind: 'month' } | { kind: 'policy' };
export interface Phrase {
  tokens: PhraseToken[];
  /** The phrase says "niet"/"geen" itself, so a negation is part of what it looks for. */
  negated: boolean;
}

export function compilePhrase(text: string, analyzer: Analyzer): Phrase | null {
  const t = text.trim();
  if (t === '#jaar') return { tokens: [{ kind: 'year' }], negated: false };
  if (t === '#jaarreeks') return { tokens: [{ kind: 'years' }], negated: false };
  if (t === '#beleidsstuk') return { tokens: [{ kind: 'policy' }], negated: false };
  const tokens: PhraseToken[] = tokenize(t).map((tok) => {
    if (tok.folded === 'dag' && t[tok.start - 1] === '#') return { kind: 'day' };
    if (tok.folded === 'maand' && t[tok.start - 1] === '#') return { kind: 'month' };
    const stem = analyzer.word(tok.folded).stem;
    return stem ? { kind: 'term', key: stem } : { kind: 'stop', key: stopKey(tok.folded) };
  });
  if (!tokens.some((x) => x.kind === 'term' || x.kind === 'stop')) return null;
  return { tokens, negated: tokenize(t).some((tok) => NEGATIONS.has(tok.folded)) };
}

const YEAR_SPAN = 4;
const DAY = /^([1-9]|[12]\d|3[01])$/;
const MONTHS: ReadonlySet<string> = new Set([
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]);

function tokenMatches(doc: Doc, pos: number, p: PhraseToken): boolean {
  const tok = doc.tokens[pos];
  if (!tok) return false;
  switch (p.kind) {
    case 'stop':
      return stopKey(tok.folded) === p.key;
    case 'term':
      return tok.stem === p.key || tok.parts.includes(p.key) || tok.synonyms.includes(p.key);
    case 'year':
      return doc.isYear[pos] === 1;
    case 'years':
      return yearRangeAt(doc, pos);
    case 'day':
      return DAY.test(tok.folded);
    case 'month':
      return MONTHS.has(tok.folded);
    case 'policy':
      return doc.isPolicy[pos] === 1;
  }
}

function yearRangeAt(doc: Doc, pos: number): boolean {
  if (doc.isYear[pos] !== 1) return false;
  for (let next = pos + 1; next <= pos + YEAR_SPAN && next < doc.tokens.length; next++) {
    if (doc.sentenceOf[next] !== doc.sentenceOf[pos]) return false;
    if (doc.isYear[next] === 1) return Number(doc.tokens[next].folded) > Number(doc.tokens[pos].folded);
  }
  return false;
}

function candidates(doc: Doc, first: PhraseToken): readonly number[] {
  if (first.kind === 'year') return doc.years;
  if (first.kind === 'years') return doc.years.filter((p) => yearRangeAt(doc, p));
  if (first.kind === 'policy') return doc.policies;
  if (first.kind === 'day' || first.kind === 'month') return doc.tokens.flatMap((_, pos) => (tokenMatches(doc, pos, first) ? [pos] : []));
  return doc.postings.get(first.key) ?? NO_POSITIONS;
}

const NO_POSITIONS: readonly number[] = [];

/** Start positions where the phrase occurs within one sentence. Most phrases of most cues do not occur: those cost one lookup. */
export function findPhrase(doc: Doc, phrase: Phrase): readonly number[] {
  const { tokens } = phrase;
  const starts = candidates(doc, tokens[0]);
  if (starts.length === 0) return NO_POSITIONS;
  const found: number[] = [];
  for (const pos of starts) {
    const s = doc.sentenceOf[pos];
    if (s < 0) continue;
    let ok = true;
    for (let i = 1; i < tokens.length && ok; i++) {
      const at = pos + i;
      ok = doc.sentenceOf[at] === s && tokenMatches(doc, at, tokens[i]);
    }
    if (ok) found.push(pos);
  }
  return found;
}

const NEGATION_WINDOW = 3;
/** "een monitor ontbreekt", "het actieplan volgt op een later moment". */
const AFTER_WINDOW = 4;
const NOT_A_NEGATION_AFTER = new Set(['alleen', 'enkel', 'uitsluitend', 'meer', 'minder']);

/** True when a negation governs the phrase at `pos`: "geen budget", "niet begroot", "een monitor ontbreekt". */
export function isNegated(doc: Doc, pos: number, length: number): boolean {
  const s = doc.sentenceOf[pos];
  if (!doc.negatable[s]) return false;
  for (let i = pos - 1; i >= Math.max(0, pos - NEGATION_WINDOW); i--) {
    if (doc.sentenceOf[i] !== s || /[,;:()]/.test(doc.text.slice(doc.tokens[i].end, doc.tokens[i + 1].start))) break;
    if (NEGATIONS.has(doc.tokens[i].folded) && !NOT_A_NEGATION_AFTER.has(doc.tokens[i + 1]?.folded ?? '')) return true;
  }
  for (let i = pos + length; i < Math.min(doc.tokens.length, pos + length + AFTER_WINDOW); i++) {
    if (doc.sentenceOf[i] !== s) break;
    if (AFTER_NEGATIONS.has(doc.tokens[i].folded)) return true;
  }
  return false;
}
