/**
 * The document's structure and the sentence-level readings the checklist
 * detector needs: which sentences are headings (Markdown `#` lines, as the
 * document importer writes them; short lines without a final full stop, as
 * page text has them; a bold lead-in such as "**Financiën.**" at the start of
 * a paragraph), which heading governs each sentence, and which sentences
 * negate or hedge what they say.
 */
import { NEGATIONS } from '../analysis/stopwords';
import type { AnalyzedToken } from '../analysis/analyzer';
import type { Sentence } from './sentences';

export interface Structure {
  /** Heading level of each sentence: 1–6 Markdown, 7 a short line, 8 a bold lead-in; 0 for body text. */
  headingLevel: Uint8Array;
  /** For each sentence, the innermost heading above it (for a heading: the one above that); -1 for none. */
  parent: Int32Array;
  /** 1 where the sentence negates what it says ("achten wij niet nodig", "er is geen budget"), in every clause. */
  negated: Uint8Array;
  /** Per token: 1 where the token's clause is negated ("we wachten niet op klachten, maar testen zelf": only the first). */
  negatedToken: Uint8Array;
  /** 1 where the sentence only hedges ("we onderzoeken of", "bekijken we bij de herziening"). */
  hedged: Uint8Array;
  /** 1 where the line the sentence starts on is a list item ("- eind 2026 …", "1. …"). */
  listItem: Uint8Array;
  /** 1 where the sentence reports what others say or think ("Als belangrijkste taken noemen inwoners: …"), not what this text states. */
  reported: Uint8Array;
  /** 1 where the sentence asks rather than states ("Heeft Wolderkamp antidiscriminatiebeleid?"), or quotes another body's recommendation. */
  asked: Uint8Array;
  /** 1 where the sentence quotes another body's recommendation or request ("Aanbeveling 2: formuleer meetbare doelen", "Verzoek 3: …"). */
  quoted: Uint8Array;
}

/** A recommendation quoted from another body (a rekenkamer, an advisory council), as a reply letter heads its answers. */
const RECOMMENDATION = /^[\s#*_]*(aanbeveling|advies|verzoek)\s*\d*[a-z]?\s*[:.]/i;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s/;
const BOLD_LEAD = /^\s*(?:[-*+]\s+)?(\*\*|__)[^*_\n]{2,120}?\1/;
const MAX_HEADING_WORDS = 10;
const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/;

/** Negations that do not negate a plan: "niet alleen", "niet meer dan", "zo niet", "of niet". */
const NOT_NEGATING_AFTER = new Set(['alleen', 'enkel', 'uitsluitend', 'meer', 'minder', 'eens']);
const NOT_NEGATING_BEFORE = new Set(['zo', 'of', 'al']);
/** A norm, not a negated plan: "discriminatie accepteren we niet", "geen plaats voor". */
const NORM_WORDS = new Set([
  'accepteren',
  'accepteert',
  'geaccepteerd',
  'getolereerd',
  'tolereren',
  'plaats',
  'plek',
  'ruimte',
  'normaal',
  'thuis',
  'uitmaken',
  'uit',
  'buitengesloten',
  'uitgesloten',
  'lief',
  'pikken',
  'achtergesteld',
  'achterstellen',
  'benadeeld',
  'benadelen',
]);
const NORM_WINDOW = 4;
/** Right after the negation, the thing rejected: "niet gediscrimineerd worden", "geen racisme" state the norm. */
const REJECTED = new Set([
  'discriminatie',
  'discrimineren',
  'discrimineert',
  'gediscrimineerd',
  'racisme',
  'uitsluiting',
  'uitgesloten',
  'buitengesloten',
  'haat',
  'geweld',
  // "niet anders behandeld vanwege hun herkomst": the unequal treatment is rejected, the grounds are named.
  'anders',
  'achtergesteld',
  'benadeeld',
  'uitgescholden',
  'geweigerd',
]);

/** Words that make a statement an intention still open: "we onderzoeken of", "eventueel", "bekijken we". */
const HEDGES = new Set([
  'eventueel',
  'eventuele',
  'wellicht',
  'mogelijk',
  'mogelijke',
  'mogelijkerwijs',
  'overwegen',
  'overweegt',
  'bekijken',
  'bekijkt',
  'verkennen',
  'mocht',
  'indien',
  'voorlopig',
  'hangt',
  'afhankelijk',
]);
/** "of" opening an indirect question: "onderzoeken of", "besluiten we of", "Of we ... bekijken we". */
const HEDGE_OF_BEFORE = new Set([
  'onderzoeken',
  'onderzoekt',
  'bekijken',
  'bekijkt',
  'nagaan',
  'gaan',
  'besluiten',
  'kijken',
  'verkennen',
  'beoordelen',
]);

/** Words that open a condition, after a word that leads one in ("alleen als", "pas wanneer", "en als"): "als" alone is also "as". */
const CONDITIONS = new Set(['als', 'wanneer', 'indien']);
const CONDITION_LEADS = new Set(['alleen', 'pas', 'en', 'of']);
/** A clause ends at ; or :, at a comma before a word that opens a new clause, or where a condition or a relative clause opens ("alleen als", "die"). */
const CLAUSE_OPENERS = new Set(['maar', 'want', 'omdat', 'terwijl', 'zodat', 'dan', 'wanneer', 'tenzij', 'doch', 'echter', 'zonder']);
/** A relative clause opens without a comma: in "over de zaken waar niets is gevonden" the "niets" is the clause's own. */
const RELATIVE_OPENERS = new Set(['die', 'waar', 'waarin', 'waarbij', 'waarvan', 'waarop', 'waarmee']);
function clauses(text: string, tokens: AnalyzedToken[], s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let start = s.tokenStart;
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    // A condition or a relative clause opens a clause of its own: "werkt alleen als het bestuur erachter staat en als
    // de scheidsrechter niet wordt uitgelachen" negates only the condition.
    const w = tokens[i].folded;
    if (RELATIVE_OPENERS.has(w) || (CONDITIONS.has(w) && CONDITION_LEADS.has(tokens[i - 1].folded))) {
      out.push([start, i]);
      start = i;
      continue;
    }
    // Most words are one space apart: no clause boundary, and no string to cut.
    if (tokens[i].start - tokens[i - 1].end === 1 && text.charCodeAt(tokens[i - 1].end) === 32) continue;
    const gap = text.slice(tokens[i - 1].end, tokens[i].start);
    if (/[;:]/.test(gap) || (gap.includes(',') && CLAUSE_OPENERS.has(tokens[i].folded))) {
      out.push([start, i]);
      start = i;
    }
  }
  out.push([start, s.tokenEnd]);
  return out;
}

/** Whether the clause of tokens `from` to `to` negates what it says. */
function negates(tokens: AnalyzedToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!NEGATIONS.has(tokens[i].folded)) continue;
    if (NOT_NEGATING_AFTER.has(tokens[i + 1]?.folded ?? '') || NOT_NEGATING_BEFORE.has(tokens[i - 1]?.folded ?? '')) continue;
    if (i + 1 < to && REJECTED.has(tokens[i + 1].folded)) continue;
    let norm = false;
    for (let k = Math.max(from, i - NORM_WINDOW); k < Math.min(to, i + NORM_WINDOW + 1) && !norm; k++)
      norm = NORM_WORDS.has(tokens[k].folded);
    if (!norm) return true;
  }
  return false;
}

/**
 * What an inquiry asks about when it asks whether others discriminate: "we
 * laten onderzoeken of medewerkers inwoners anders behandelen" is research
 * being done, not an intention left open.
 */
const TREATMENT = new Set([
  'discrimineren',
  'discrimineert',
  'discrimineerden',
  'gediscrimineerd',
  'behandelen',
  'behandelt',
  'behandeld',
  'achterstellen',
  'achtergesteld',
  'uitsluiten',
  'uitgesloten',
  'weigeren',
  'geweigerd',
]);
/** The inquiry runs to the end of the sentence: its verb comes last in Dutch. */
const asksAboutTreatment = (tokens: AnalyzedToken[], of: number, end: number) => {
  for (let k = of + 1; k < end; k++) if (TREATMENT.has(tokens[k].folded)) return true;
  return false;
};

/** A future document announced, not yet written: "in de kadernota zullen wij doelen formuleren", "bij het opstellen van de agenda". */
const ANNOUNCING_AFTER = new Set(['wij', 'we']);
function announces(tokens: AnalyzedToken[], i: number, s: Sentence): boolean {
  const w = tokens[i].folded;
  if (w === 'zullen' || w === 'zal') return i + 1 < s.tokenEnd && ANNOUNCING_AFTER.has(tokens[i + 1].folded);
  return w === 'opstellen' && i > s.tokenStart && tokens[i - 1].folded === 'het';
}

/** Verbs that report what someone says or thinks ("inwoners noemen", "de seniorenraad wees erop"). */
const REPORTING = new Set([
  'vinden',
  'vindt',
  'vond',
  'vonden',
  'zeggen',
  'zegt',
  'zei',
  'zeiden',
  'vertellen',
  'vertelt',
  'vertelde',
  'vertelden',
  'noemen',
  'noemt',
  'noemde',
  'noemden',
  'menen',
  'meent',
  'meende',
  'meenden',
  'pleiten',
  'pleit',
  'pleitte',
  'pleitten',
  'wees',
  'wezen',
  'wijst',
  'wijzen',
  'benadrukken',
  'benadrukt',
  'benadrukte',
  'benadrukten',
  'vroeg',
  'vroegen',
]);
/** Who speaks for this text: "wij vinden", "het college noemt", "deze nota noemt" (not "u": "U wijst erop dat …" reports the addressee). */
const OWN_VOICE = new Set(['wij', 'we', 'ons', 'onze', 'ik', 'mij', 'college', 'gemeente', 'deze', 'dit']);
/** After the verb, the subject when it comes second ("Als taken noemen wij: …"). */
const INVERTED_SUBJECT = 3;
/** What opens the report after its verb: "vinden dat", "vroegen of", "wees erop", "noemen inwoners: …". */
const REPORT_OPENERS = new Set(['dat', 'of', 'erop']);
const REPORT_WINDOW = 4;
function opensReport(text: string, tokens: AnalyzedToken[], i: number, end: number): 'words' | 'list' | undefined {
  for (let k = i + 1; k < Math.min(end, i + 1 + REPORT_WINDOW); k++) {
    if (REPORT_OPENERS.has(tokens[k].folded)) return 'words';
    if (text.slice(tokens[k - 1].end, tokens[k].start).includes(':')) return 'list';
  }
  return undefined;
}
/** Not a report: "zegt weinig", "zegt toe" (a promise), "vindt plaats". */
const NOT_REPORTING_AFTER = new Set(['weinig', 'niets', 'niet', 'iets', 'veel', 'toe', 'plaats']);
/** A report inside a rule or a goal: "wie vindt dat …, kan klagen", "eind 2028 kan 80 procent zeggen dat …". */
const NOT_REPORTING_BEFORE = new Set(['die', 'wie', 'dat', 'als', 'wanneer', 'kan', 'kunnen', 'moet', 'moeten', 'zal', 'zullen']);
function someIn(tokens: AnalyzedToken[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (words.has(tokens[k].folded)) return true;
  return false;
}
function sentenceReported(text: string, tokens: AnalyzedToken[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (!REPORTING.has(tokens[i].folded) || NOT_REPORTING_AFTER.has(tokens[i + 1]?.folded ?? '')) continue;
    const opens = opensReport(text, tokens, i, s.tokenEnd);
    if (!opens) continue;
    // A list of what they name is a report even after "Als" ("Als belangrijkste taken noemen inwoners: …").
    if (opens === 'words' && someIn(tokens, s.tokenStart, i, NOT_REPORTING_BEFORE)) continue;
    return !someIn(tokens, s.tokenStart, Math.min(s.tokenEnd, i + 1 + INVERTED_SUBJECT), OWN_VOICE);
  }
  return false;
}

function sentenceHedged(tokens: AnalyzedToken[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const w = tokens[i].folded;
    if (HEDGES.has(w) || announces(tokens, i, s)) return true;
    if (w === 'of' && (i === s.tokenStart || HEDGE_OF_BEFORE.has(tokens[i - 1].folded)) && !asksAboutTreatment(tokens, i, s.tokenEnd))
      return true;
  }
  return false;
}

/**
 * Start and end of the line of each sentence, in one pass: sentences come in
 * text order, so the search for line breaks never goes back (a 100,000-character
 * line of "A. A. A." costs one scan, not one per sentence).
 */
function linesOf(text: string, sentences: Sentence[]): { start: Int32Array; end: Int32Array } {
  const start = new Int32Array(sentences.length);
  const end = new Int32Array(sentences.length);
  const endOfLine = (from: number) => {
    const at = text.indexOf('\n', from);
    return at < 0 ? text.length : at;
  };
  let lineStart = 0;
  let lineEnd = endOfLine(0);
  sentences.forEach((s, i) => {
    while (lineEnd < s.start) {
      lineStart = lineEnd + 1;
      lineEnd = endOfLine(lineStart);
    }
    start[i] = lineStart;
    end[i] = lineEnd;
  });
  return { start, end };
}

/** The heading level of a sentence, from the line it stands on. */
function headingLevelOf(text: string, s: Sentence, next: Sentence | undefined, lineStart: number, lineEnd: number): number {
  // Only a sentence that opens its line can be a heading (after a little markup); this also keeps long lines linear.
  if (s.start - lineStart > 16) return 0;
  const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 240));
  const md = MARKDOWN_HEADING.exec(line);
  if (md) return md[1].length;
  const bold = BOLD_LEAD.exec(line);
  // A bold lead-in: the sentence is the bold run at the start of its line.
  if (bold && s.start - lineStart <= bold[0].length && s.end - lineStart <= bold[0].length + 1) return 8;
  const words = s.tokenEnd - s.tokenStart;
  if (lineEnd - s.end > 8 || words > MAX_HEADING_WORDS) return 0;
  const alone =
    text
      .slice(lineStart, s.start)
      .trim()
      .replace(/^([-*+>]|\d{1,3}[.)])?\s*/, '').length === 0 && text.slice(s.end, lineEnd).replace(/[*_\s]/g, '').length === 0;
  const last = text
    .slice(s.start, s.end)
    .replace(/[*_\s]+$/, '')
    .slice(-1);
  // A short line of its own, no final full stop, and text after it: a heading in page text.
  if (
    alone &&
    words <= MAX_HEADING_WORDS &&
    !/[.,;!]/.test(last) &&
    next &&
    /^[\p{Lu}\d*#_"'“‘(]/u.test(text.slice(s.start, s.end).replace(/^[*_]+/, ''))
  )
    return 7;
  return 0;
}

/** A sentence that says something plainly: not a heading, and not negated, hedged or asked. */
export const saysPlainly = ({ headingLevel, negated, hedged, asked }: Structure, s: number) =>
  !headingLevel[s] && !negated[s] && !hedged[s] && !asked[s];

export function readStructure(text: string, tokens: AnalyzedToken[], sentences: Sentence[]): Structure {
  const n = sentences.length;
  const headingLevel = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  const negated = new Uint8Array(n);
  const negatedToken = new Uint8Array(tokens.length);
  const hedged = new Uint8Array(n);
  const reported = new Uint8Array(n);
  const listItem = new Uint8Array(n);
  const asked = new Uint8Array(n);
  const quoted = new Uint8Array(n);
  // Open headings, outermost first; a blank line closes bold lead-ins.
  const open: number[] = [];
  const lines = linesOf(text, sentences);
  let lastEnd = 0;
  for (let i = 0; i < n; i++) {
    const s = sentences[i];
    if (/\n\s*\n/.test(text.slice(lastEnd, s.start))) while (open.length && headingLevel[open[open.length - 1]] === 8) open.pop();
    lastEnd = s.end;
    const level = headingLevelOf(text, s, sentences[i + 1], lines.start[i], lines.end[i]);
    listItem[i] = LIST_MARKER.test(text.slice(lines.start[i], lines.start[i] + 8)) ? 1 : 0;
    if (level) {
      while (open.length && headingLevel[open[open.length - 1]] >= level) open.pop();
      headingLevel[i] = level;
    }
    parent[i] = open.length ? open[open.length - 1] : -1;
    if (level) open.push(i);
    let all = true;
    for (const [from, to] of clauses(text, tokens, s)) {
      const neg = negates(tokens, from, to);
      if (neg) negatedToken.fill(1, from, to);
      all &&= neg;
    }
    negated[i] = all ? 1 : 0;
    hedged[i] = sentenceHedged(tokens, s) ? 1 : 0;
    reported[i] = sentenceReported(text, tokens, s) ? 1 : 0;
    // A question, or another body's recommendation quoted in a reply ("Aanbeveling 2: formuleer meetbare doelen"), states nothing.
    const said = text.slice(s.start, s.end);
    quoted[i] = RECOMMENDATION.test(said) ? 1 : 0;
    asked[i] = quoted[i] || /\?["'’”)*_\s]*$/.test(said) ? 1 : 0;
  }
  return { headingLevel, parent, negated, negatedToken, hedged, reported, listItem, asked, quoted };
}
