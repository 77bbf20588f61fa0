/**
 * What a sentence is about: whether it belongs to the policy against
 * discrimination, or to another subject of the same document. Real documents
 * mix subjects (a coalition agreement, a programme budget, a letter to the
 * council that covers several matters), and the checklist's cue words are
 * the words of policy in general: "we evalueren het parkeerbeleid", "met de
 * buurgemeenten pakken we laaggeletterdheid aan", "vier wijkgesprekken over
 * het Marktplein". Such a sentence is no evidence for the checklist.
 *
 * Two readings, measured by leaving one batch of labelled drafts out at a time:
 * - `open`: every sentence except one whose object is plainly another policy
 *   by its name ("het minimabeleid", "de Sportnota") and that neither names
 *   discrimination nor links this policy to that one. Most items read this:
 *   what works, agreements with those who carry it out, the link to other
 *   areas are often said without a word of the subject.
 * - `strict`: a sentence on topic by its own words (the word family, racism
 *   and its forms, exclusion, equal treatment, inclusion, the grounds, an ADV
 *   by name), its paragraph's, its headings' or the document's title's, and
 *   not about another policy; a text without one such word was chosen by the
 *   user as being about the policy. The items of a policy's cycle read it
 *   (checklist.ts CYCLE_ITEMS): their words serve every subject.
 */
import type { Analyzer } from '../analysis/analyzer';
import { GENERIC_WORDS, isStopword } from '../analysis/stopwords';
import { tokenUses, type Doc } from './document';
import { compilePhrase, findPhrase, type Phrase } from './phrase';

/** Words that make a sentence about the policy: folded forms, read through the analyser's stems. */
const TOPIC_WORDS = [
  'discriminatie',
  'discrimineren',
  'gediscrimineerd',
  'discriminerend',
  'antidiscriminatie',
  'antidiscriminatiebeleid',
  'antidiscriminatievoorziening',
  'racisme',
  'racistisch',
  'antisemitisme',
  'antisemitisch',
  'moslimhaat',
  'moslimdiscriminatie',
  'islamofobie',
  'antiziganisme',
  'uitsluiting',
  'buitengesloten',
  'uitgesloten',
  'achtergesteld',
  'gelijkwaardig',
  'gelijkwaardigheid',
  'inclusie',
  'inclusief',
  'inclusieve',
  'diversiteit',
  'lhbti',
  'lhbtiq',
  'homofobie',
  'transfobie',
  'regenboog',
  'vooroordelen',
  'meldpunt',
  'meldingsbereidheid',
  'herkomst',
  'huidskleur',
  'afkomst',
  'migratieachtergrond',
  'religie',
  'geloof',
  'seksuele',
  'handicap',
  'beperking',
  'slavernijverleden',
  'praktijktest',
  'praktijktesten',
  'correspondentietest',
  'mystery',
  'haat',
  'adv',
  'eerlijk',
  'eerlijke',
  'etnisch',
  'etnische',
  'profileren',
  'achternaam',
  'welkom',
  'vandaan',
  'respect',
  'homo',
  'transgender',
  // Access for disabled people: an accessible polling station is equal treatment on the ground of disability (VN-verdrag Handicap).
  'toegankelijk',
  'toegankelijkheid',
  'ontoegankelijk',
  'rolstoel',
  'rolstoelgebruikers',
  'slechtziend',
  'slechtziende',
  'slechthorend',
  'gebarentaal',
  'validisme',
  // The benefits affair: a municipality's support to its victims answers institutional discrimination.
  'toeslagenaffaire',
  'hersteloperatie',
  // Incidents that name no ground: a letter after a daubed synagogue is about the subject.
  'synagoge',
  'moskee',
  'hakenkruis',
  'hakenkruisen',
  'jodenhaat',
];

/** Verbs that link this policy to another: a sentence that names another policy to connect to it is about this one. */
const LINKING = new Set([
  'aansluiten',
  'sluit',
  'sluiten',
  'verbinden',
  'verbindt',
  'koppelen',
  'samenhang',
  'bundelen',
  'bundelt',
  'komen',
  'komt',
  'opnemen',
  'opgenomen',
  'meenemen',
  'afstemmen',
  'afgestemd',
  'stemmen',
  'stemt',
  'integreren',
  'passen',
  'past',
  'hoort',
  'horen',
  'onderdeel',
  'hoofdstuk',
  'paragraaf',
]);

/** Phrases that make a sentence about the policy. */
const TOPIC_PHRASES = [
  'gelijke behandeling',
  'gelijk behandeld',
  'gelijke kansen',
  'op gelijke voet',
  'artikel 1',
  'erbij horen',
  'erbij hoort',
];
/** The policy's own names for itself ("deze aanpak", "het actieplan"): a sentence with one speaks of this policy, not only of the subject. */
const OWN_NAMES = [
  'antidiscriminatiebeleid',
  'antidiscriminatie beleid',
  'deze aanpak',
  'onze aanpak',
  'het actieplan',
  'het uitvoeringsprogramma',
  'de uitvoeringsagenda',
];
/**
 * The text naming itself ("deze nota", "dit plan"): this policy's own name in
 * a text about it, the name of another subject in a text titled after one.
 * "In 2030 evalueren we deze nota" in the "Beleidsnota begraafplaatsen" is the
 * cemeteries' evaluation, though the nota has a paragraph on equal treatment.
 */
const SELF_NAMES = ['dit programma', 'dit plan', 'dit actieplan', 'de nota', 'deze nota'];

const QUOTES = /[‘’“”"]|(?<![a-z])'|'(?![a-z])/gi;
/** Words of a title that say what kind of text it is, not what it is about ("Raadsvoorstel", "Programmabegroting 2027"). */
const TEXT_KINDS = new Set(
  (
    'nota beleidsnota kadernota voorjaarsnota perspectiefnota notitie startnotitie memo brief raadsinformatiebrief collegebrief ' +
    'raadsvoorstel collegevoorstel voorstel initiatiefvoorstel plan beleidsplan actieplan uitvoeringsplan programma ' +
    'uitvoeringsprogramma collegeprogramma programmabegroting begroting jaarstukken jaarverslag verslag coalitieakkoord akkoord ' +
    'agenda uitvoeringsagenda verordening regeling beleidsregel beleidsregels beleidskader kader motie amendement besluit ' +
    'collegebesluit besluitenlijst beantwoording schriftelijke vragen artikel rvo reglement orde reactie bestuurlijke ' +
    'college raad gemeenteraad gemeente concept ontwerp hoofdstuk paragraaf bijlage toelichting advies rapport evaluatie ' +
    'voortgangsrapportage persbericht convenant protocol onderwerp aan van'
  ).split(' '),
);

/**
 * A sentence that sets its matter apart from this document ("die evaluatie staat
 * los van dit programma", "dat valt buiten deze nota", "niet in deze begroting")
 * is about something else, whatever words it shares with an item, as is one
 * that leaves its matter out ("de gemeente als werkgever laten we hier buiten
 * beschouwing").
 */
const APART_MARKS = new Set(['los', 'buiten', 'niet']);
const THIS = new Set(['dit', 'deze']);
const THIS_DOCUMENT = new Set([
  'programma',
  'plan',
  'actieplan',
  'nota',
  'brief',
  'voorstel',
  'raadsvoorstel',
  'traject',
  'motie',
  'begroting',
  'aanpak',
  'agenda',
  'beleid',
  'stuk',
  'document',
]);

/** Whether the sentence's tokens say "… los van / buiten / niet in dit programma", or "laten we buiten beschouwing". */
function setsApart(doc: Doc, start: number, end: number): boolean {
  for (let t = start + 1; t < end - 1; t++) {
    if (doc.tokens[t].folded === 'buiten' && doc.tokens[t + 1].folded === 'beschouwing') return true;
    if (!THIS.has(doc.tokens[t].folded) || !THIS_DOCUMENT.has(doc.tokens[t + 1].folded)) continue;
    for (let k = Math.max(start, t - 3); k < t; k++) if (APART_MARKS.has(doc.tokens[k].folded)) return true;
  }
  return false;
}

interface Compiled {
  stems: Set<string>;
  phrases: { phrase: Phrase; ownName: boolean }[];
  selfNames: Phrase[];
}
const compiledCache = new WeakMap<Analyzer, Compiled>();
function compiled(analyzer: Analyzer): Compiled {
  let c = compiledCache.get(analyzer);
  if (!c) {
    c = {
      stems: new Set(TOPIC_WORDS.map((w) => analyzer.word(w).stem).filter(Boolean)),
      phrases: [...TOPIC_PHRASES.map((p) => [p, false] as const), ...OWN_NAMES.map((p) => [p, true] as const)].flatMap(
        ([text, ownName]) => {
          const phrase = compilePhrase(text, analyzer);
          return phrase ? [{ phrase, ownName }] : [];
        },
      ),
      selfNames: SELF_NAMES.map((p) => compilePhrase(p, analyzer)).filter((p): p is Phrase => p !== null),
    };
    compiledCache.set(analyzer, c);
  }
  return c;
}

/** Why a sentence is on topic, nearest first. */
export const GROUND = { none: 0, self: 1, paragraph: 2, heading: 3, title: 4, unnamed: 5 } as const;

/**
 * Whether the text's title names a subject and not this one ("Beleidsnota
 * begraafplaatsen Wilderbeek 2026–2035"): a word of it that is no kind of
 * text, number, stopword, generic word, name (capitalised after the first
 * word) or slogan in quotes.
 */
function titledElsewhere(doc: Doc, speaks: Uint8Array): boolean {
  const level = doc.structure.headingLevel[0];
  if (!doc.sentences.length || level < 1 || level > 2 || speaks[0]) return false;
  const { tokenStart, tokenEnd, start: titleStart } = doc.sentences[0];
  let quotes = 0;
  let from = titleStart;
  for (let t = tokenStart; t < tokenEnd; t++) {
    const { folded, text, start, end } = doc.tokens[t];
    const name = t > tokenStart && text[0] !== text[0].toLowerCase();
    // A slogan in quotes ("'Iedereen telt mee'") says how, not what about. Counted once per gap: a long title stays linear.
    quotes += doc.text.slice(from, start).match(QUOTES)?.length ?? 0;
    from = end;
    const quoted = quotes % 2 === 1;
    if (
      folded.length > 2 &&
      !/\d/.test(folded) &&
      !isStopword(folded) &&
      !GENERIC_WORDS.has(folded) &&
      !TEXT_KINDS.has(folded) &&
      !name &&
      !quoted
    )
      return true;
  }
  return false;
}

/** What a text's sentences are about. */
export interface TopicReading {
  /** 1 for each sentence not plainly about another policy: it names the subject, names no other policy, or links this one to it. */
  open: Uint8Array;
  /** 1 for each sentence that names this policy itself ("het antidiscriminatiebeleid", "dit actieplan"). */
  ownName: Uint8Array;
  /** 1 for each sentence on topic by its own words, its paragraph's, its headings' or the document's title's, not only because most of the document is (or in a text that never names the subject). */
  strict: Uint8Array;
  /** Why each sentence is on topic in the strict reading (`GROUND`): its own words, its paragraph's, a heading's over it, the title's, or a text that never names the subject. */
  ground: Uint8Array;
  /** 1 for each sentence that sets its matter apart from this text ("die evaluatie staat los van dit programma"). */
  apart: Uint8Array;
  /** The title names another subject ("Beleidsnota begraafplaatsen"): the text speaks of this policy, if at all, in a part of it. */
  elsewhere: boolean;
}

/** Per text. */
const cache = new WeakMap<Doc, TopicReading>();

/** What each sentence is about (`open`, `strict`), and whether it names this policy itself (`ownName`). */
export function readTopic(doc: Doc, analyzer: Analyzer): TopicReading {
  const known = cache.get(doc);
  if (known) return known;
  const { stems, phrases, selfNames } = compiled(analyzer);
  const n = doc.sentences.length;
  const speaks = new Uint8Array(n);
  const ownName = new Uint8Array(n);
  const other = new Uint8Array(n);
  const apart = new Uint8Array(n);
  for (const { phrase, ownName: own } of phrases)
    for (const pos of findPhrase(doc, phrase)) {
      // A phrase matches compound parts, and "de nota" is not "de Sportnota".
      const last = pos + phrase.tokens.length - 1;
      const s = doc.sentenceOf[pos];
      if (s < 0 || doc.isPolicy[last]) continue;
      speaks[s] = 1;
      if (own) ownName[s] = 1;
    }
  for (let i = 0; i < n; i++) {
    const s = doc.sentences[i];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = doc.tokens[t];
      if (doc.names.has(t) || tokenUses(tok, stems)) speaks[i] = 1;
      else if (doc.isPolicy[t]) other[i] = 1;
    }
    if (other[i]) for (let t = s.tokenStart; t < s.tokenEnd && other[i]; t++) if (LINKING.has(doc.tokens[t].folded)) other[i] = 0;
    if (setsApart(doc, s.tokenStart, s.tokenEnd)) {
      apart[i] = 1;
      speaks[i] = 0;
      ownName[i] = 0;
      other[i] = 1;
    }
  }
  const { headingLevel, parent, listItem } = doc.structure;
  const elsewhere = titledElsewhere(doc, speaks);
  if (!elsewhere)
    for (const phrase of selfNames)
      for (const pos of findPhrase(doc, phrase)) {
        const s = doc.sentenceOf[pos];
        if (s < 0 || doc.isPolicy[pos + phrase.tokens.length - 1] || apart[s]) continue;
        speaks[s] = 1;
        ownName[s] = 1;
      }
  // Paragraphs: sentences between blank lines; a heading is a paragraph of its own, and so is a list
  // (a list and the line after it are one block in Markdown, two paragraphs when read from Word).
  const paragraph = new Int32Array(n);
  let p = 0;
  for (let i = 1; i < n; i++) {
    const gap = doc.text.slice(doc.sentences[i - 1].end, doc.sentences[i].start);
    const listEdge = listItem[i] !== listItem[i - 1] && gap.includes('\n');
    if (/\n\s*\n/.test(gap) || headingLevel[i] || headingLevel[i - 1] || listEdge) p++;
    paragraph[i] = p;
  }
  const paragraphSpeaks = new Uint8Array(p + 1);
  for (let i = 0; i < n; i++) if (speaks[i]) paragraphSpeaks[paragraph[i]] = 1;
  // Text that never names the subject outside its headings was chosen by the user as being about it.
  const unnamed = !speaks.some((v, i) => v === 1 && !headingLevel[i]);

  const open = new Uint8Array(n);
  const strict = new Uint8Array(n);
  const ground = new Uint8Array(n);
  // A document whose title names the subject ("Concept nota gelijke behandeling") is about it throughout, as a heading over all of it would be.
  const titled = n > 0 && headingLevel[0] > 0 && speaks[0] === 1;
  for (let i = 0; i < n; i++) {
    open[i] = speaks[i] || !other[i] ? 1 : 0;
    if (speaks[i]) ground[i] = GROUND.self;
    else if (other[i]) ground[i] = GROUND.none;
    else if (paragraphSpeaks[paragraph[i]]) ground[i] = GROUND.paragraph;
    else {
      for (let k = headingLevel[i] ? i : parent[i]; k >= 0 && !ground[i]; k = parent[k]) if (speaks[k]) ground[i] = GROUND.heading;
      if (!ground[i]) ground[i] = titled ? GROUND.title : unnamed ? GROUND.unnamed : GROUND.none;
    }
    strict[i] = ground[i] === GROUND.none ? 0 : 1;
  }
  const reading = { open, ownName, strict, apart, ground, elsewhere };
  cache.set(doc, reading);
  return reading;
}
