/**
 * The learned checklist reading (core/engine/learned.ts, readLearned in
 * checklist.ts) and how it is made (scripts/learn/): what it adds, what it
 * takes away, what it leaves alone, and that the shipped model is the one the
 * current labels give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@@/core/analysis/analyzer';
import { compileChecklist, detectChecklist } from '@@/core/engine/checklist';
import { prepare } from '@@/core/engine/document';
import { compileLearned, learnedScores, sentenceFeatures } from '@@/core/engine/learned';
import { createEngine } from '@@/core/engine';
import { passageTerms } from '@@/core/engine/neighbours';
import { unknownPicks, validateLearned } from '@@/core/kb/validate';
import { LearnedChecklistSchema, type LabelledPassages, type LearnedChecklist } from '@@/core/schema';
import { collectPassages, collectTrainingSet, passageRows, placeQuote } from '@@/scripts/learn/collect';
import { trainLogistic } from '@@/scripts/learn/ftrl';
import { MODEL_PATH, PASSAGES_PATH, REAL_DIR, findingsDigest, trainPickModels } from '@@/scripts/learn';
import { cueEngine, itemVerdict, realEngine } from '../helpers';

const { engine, snapshot } = realEngine();
const analyzer = createAnalyzer(snapshot.lexicon);
const checklist = engine.kb.checklist;
const stem = (word: string) => analyzer.word(word).stem;

/** A model of our own making for one item: a bias and weights per word. */
const model = (item: string, bias: number, weights: Record<string, number> = {}): LearnedChecklist => ({
  about: 'test',
  trainedOn: { batches: [], drafts: 0, sentences: 0, quotes: 0, examples: 0, digest: '' },
  settings: {},
  items: [item as LearnedChecklist['items'][number]],
  bias: [bias],
  weights: Object.fromEntries(Object.entries(weights).map(([w, v]) => [stem(w), [0, v]])),
});
const detect = (text: string, id: string, learned?: LearnedChecklist) =>
  detectChecklist(prepare(text, analyzer), compileChecklist(checklist, analyzer, learned)).find((d) => d.compiled.item.id === id)!;

describe('the learned checklist reading', () => {
  it('reads a plain statement of what the municipality stands for as a vision, and says which words made it', () => {
    const text =
      'Niemand hoort in onze gemeente anders behandeld te worden vanwege zijn afkomst, zijn geloof of de persoon van wie hij houdt.';
    // The cue words do not foresee this wording; the readers' sentences do.
    expect(itemVerdict(cueEngine(), text, 'visie').status).toBe('missing');
    const visie = engine.check(text).items.find((i) => i.id === 'visie')!;
    expect(visie.status).toBe('partial');
    expect(visie.evidence).toEqual([text]);
    expect(visie.reasons).toEqual([expect.objectContaining({ kind: 'learned', evidence: 0 })]);
    expect(visie.reasons[0].detail).toMatch(/leest als zinnen die lezers bij dit punt aanwezen \(vooral "\w+/);
  });

  it('a verdict from a heading or generic words alone needs a sentence that reads like the item; specific words stand', () => {
    const underHeading =
      '## Uitgangspunten\n\nDe gemeente werkt samen met de buurthuizen. Elk jaar is er een ontmoetingsdag. De wethouder opent die dag.';
    expect(detect(underHeading, 'visie').status).not.toBe('missing');
    const doubted = detect(underHeading, 'visie', model('visie', -10));
    expect(doubted.status).toBe('missing');
    // Still a mention: a passage with it keeps the item in its checklist list.
    expect(doubted.mentioned).toBe(true);
    const stated = 'Onze visie is dat iedereen in de gemeente gelijk wordt behandeld.';
    expect(detect(stated, 'visie', model('visie', -10)).status).not.toBe('missing');
  });

  it('generic cue words need their own sentence to read like the item, not just some sentence of the text', () => {
    const years = 'Tegen discriminatie krijgt het meldpunt voor de jaren 2026 tot en met 2029 een jaarlijkse subsidie.';
    const cued = detect(years, 'meerjarenplan');
    expect(cued.found.map((f) => [f.kind, f.firm])).toEqual([['cue', false]]);
    // Another sentence reads like a plan; the one with the years does not.
    const text = `${years} De wijkraad praat mee.`;
    expect(detect(text, 'meerjarenplan', model('meerjarenplan', -10, { wijkraad: 20 })).status).toBe('missing');
    expect(detect(text, 'meerjarenplan', model('meerjarenplan', -10, { meldpunt: 20 })).status).not.toBe('missing');
  });

  it('cue words make an item covered only when a sentence reads like it; otherwise partial, and the reason says so', () => {
    // A paragraph about discrimination that evaluates something else: the words of the item, not the item.
    const other = 'Wij bestrijden discriminatie samen met RADAR. In 2027 evalueren wij het cameratoezicht in het uitgaansgebied.';
    const doubted = detect(other, 'evaluatie', model('evaluatie', -10));
    expect(doubted.status).toBe('partial');
    expect(doubted.found.map((f) => f.detail)).toEqual([expect.stringMatching(/^signaalwoorden .*\(deels: geen zin leest als/)]);
    // The same sentence with a reading that agrees stays covered, as does the shipped reading's clear case.
    expect(detect(other, 'evaluatie', model('evaluatie', 10)).status).toBe('covered');
    const stated = 'Onze visie is dat iedereen in de gemeente gelijk wordt behandeld.';
    expect(detect(stated, 'visie').status).toBe('covered');
  });

  it('an ADV’s name or a heading makes an item covered only when a sentence reads like it', () => {
    // A reading that doubts a little (0.55): enough to keep the evidence as "deels", not to confirm "gedekt".
    const doubting = (item: string) => model(item, Math.log(0.55 / 0.45));
    const partners = 'De uitvoering ligt bij RADAR, het COC, de sportverenigingen en de scholen voor voortgezet onderwijs.';
    expect(detect(partners, 'adv-rol', model('adv-rol', 10))).toMatchObject({ status: 'covered', found: [{ kind: 'name' }] });
    const named = detect(partners, 'adv-rol', doubting('adv-rol'));
    expect(named.status).toBe('partial');
    expect(named.found).toEqual([expect.objectContaining({ kind: 'name', detail: expect.stringMatching(/\(deels: geen zin leest als/) })]);
    const section =
      '## Waar staan we voor\n\nDe gemeente is er voor iedereen. Elk jaar is er een ontmoetingsdag. De wethouder opent die dag.';
    expect(detect(section, 'visie', model('visie', 10)).status).toBe('covered');
    const headed = detect(section, 'visie', doubting('visie'));
    expect(headed.status).toBe('partial');
    expect(headed.found.map((f) => f.kind)).toContain('heading');
  });

  it('adds evidence only from a stating sentence that uses a word of the item’s own', () => {
    const learned = model('visie', -10, { horizon: 20, fiets: 20 });
    const added = detect('De gemeente houdt de horizon van de hele regio in het oog.', 'visie', learned);
    expect(added.status).toBe('partial');
    expect(added.found).toEqual([expect.objectContaining({ kind: 'learned', strength: 'partial' })]);
    // Negated, or reading like the item through words that are not the item's: nothing.
    expect(detect('De gemeente houdt de horizon van de hele regio niet in het oog.', 'visie', learned).status).toBe('missing');
    expect(detect('De gemeente fietst elk jaar met alle inwoners door de wijken.', 'visie', learned).status).toBe('missing');
  });

  it('reads a stating sentence as evidence also when it names no discrimination: a plan’s target in a text about the policy', () => {
    const text = (target: string) =>
      `Wonen in Lindendam\n\nWoonwagenbewoners worden in Lindendam nog te vaak gediscrimineerd bij het toewijzen van een plek.\n\n${target}`;
    const stated = itemVerdict(
      engine,
      text('Uiterlijk 1 januari 2029 zijn er twaalf standplaatsen bij op de locatie Dijkweg.'),
      'concrete-doelen',
    );
    expect(stated.status).toBe('partial');
    expect(stated.evidence).toEqual(['Uiterlijk 1 januari 2029 zijn er twaalf standplaatsen bij op de locatie Dijkweg.']);
    expect(stated.reasons[0]).toMatchObject({
      kind: 'learned',
      detail: expect.stringMatching(/^leest als zinnen die lezers bij dit punt aanwezen/),
    });
    // Hedged or negated, the same target is no evidence.
    for (const target of [
      'Wij onderzoeken of er uiterlijk 1 januari 2029 twaalf standplaatsen bij kunnen komen op de locatie Dijkweg.',
      'Uiterlijk 1 januari 2029 komen er geen standplaatsen bij op de locatie Dijkweg.',
    ])
      expect(itemVerdict(engine, text(target), 'concrete-doelen').status).toBe('missing');
  });

  it('maps the model’s items by id; an item it does not know keeps the cue reading', () => {
    const compiled = compileLearned(model('evaluatie', 1.5, { evaluatie: 2 }), ['visie', 'evaluatie']);
    expect([...compiled.bias].map((b) => (Number.isNaN(b) ? 'none' : b))).toEqual(['none', 1.5]);
    const scores = learnedScores(prepare('We evalueren het plan.', analyzer), compiled);
    expect(scores[0]).toHaveLength(0);
    expect(scores[1][0]).toBeCloseTo(3.5);
  });

  it('reads each sentence’s own terms, a name as what it stands for, and marks how it says it: negated, hedged, a heading', () => {
    const doc = prepare('## Aanpak\n\nWe stellen geen budget beschikbaar. We onderzoeken of een monitor nodig is.', analyzer);
    const features = sentenceFeatures(doc);
    expect(features[0]).toContain('#heading');
    expect(features[1]).toContain('#neg');
    expect(features[2]).toContain('#hedge');
    expect(features[2]).toContain(stem('monitor'));
    expect(features[1]).not.toContain(stem('monitor'));
    // A name reads as what it stands for, as it does for the cues.
    expect(sentenceFeatures(prepare('Inwoners kunnen terecht bij RADAR.', analyzer))[0]).toContain(stem('adv'));
  });

  it('reads pairs of neighbouring words, so "40 woningen beschikbaar" is not "budget beschikbaar"', () => {
    const pair = (a: string, b: string) => `${stem(a) || a} ${stem(b) || b}`;
    const homes = prepare('De corporatie stelt per jaar 40 woningen beschikbaar.', analyzer);
    const budget = prepare('De gemeente stelt per jaar budget beschikbaar.', analyzer);
    expect(sentenceFeatures(homes)[0]).toEqual(expect.arrayContaining([pair('woningen', 'beschikbaar'), pair('per', 'jaar')]));
    expect(sentenceFeatures(budget)[0]).toContain(pair('budget', 'beschikbaar'));
    // A model that knows only the pair reads the sentence with the pair, not the one with both words apart.
    const compiled = compileLearned({ items: ['begroting'], bias: [-2], weights: { [pair('budget', 'beschikbaar')]: [0, 4] } }, [
      'begroting',
    ]);
    expect(learnedScores(budget, compiled)[0][0]).toBeCloseTo(2);
    expect(learnedScores(prepare('Het budget is niet voor de woningen die beschikbaar komen.', analyzer), compiled)[0][0]).toBeCloseTo(-2);
  });
});

describe('passages like this one', () => {
  /** The real engine with passages of our own making. */
  const withPassages = (
    stored: {
      text: string;
      interventions?: string[];
      guidance?: string[];
      checklist?: LabelledPassages['passages'][number]['checklist'];
      own?: boolean;
    }[],
    models: LabelledPassages['models'] = {},
  ) =>
    createEngine({
      ...snapshot,
      kb: JSON.stringify({
        ...JSON.parse(snapshot.kb),
        passages: {
          about: 'test',
          trainedOn: { batches: [], passages: stored.length, digest: '' },
          passages: stored.map((p) => ({
            terms: passageTerms(prepare(p.text, analyzer)),
            interventions: p.interventions ?? [],
            guidance: p.guidance ?? [],
            checklist: p.checklist ?? [],
            own: p.own,
          })),
          models,
        },
      }),
    });
  const passage = 'Werkgevers in onze regio nodigen sollicitanten met een Arabische achternaam minder vaak uit voor een gesprek.';
  const advice = engine.kb.guidance.find((g) => g.id.includes('sport')) ?? engine.kb.guidance.at(-1)!;
  /** The top three do's and don'ts for a text, and their ids. */
  const topAdvice = (e: ReturnType<typeof withPassages>, text: string) => e.match(text).guidance.slice(0, 3);
  const topAdviceIds = (e: ReturnType<typeof withPassages>, text: string) => topAdvice(e, text).map((g) => g.record.id);

  it('what readers picked for a similar passage rises into the top three, and says so', () => {
    expect(topAdviceIds(withPassages([]), passage)).not.toContain(advice.id);
    const similar = withPassages([
      {
        text: 'Sollicitanten met een Arabische achternaam worden door werkgevers in de regio minder vaak uitgenodigd.',
        guidance: [advice.id],
        checklist: ['rol-raad'],
      },
    ]);
    const m = similar.match(passage);
    const picked = m.guidance.slice(0, 3).find((g) => g.record.id === advice.id);
    expect(picked?.why.reasons).toEqual([{ kind: 'similar', detail: 'lezers kozen dit bij een gelijkende passage' }]);
    expect(m.checklist.find((c) => c.record.id === 'rol-raad')?.why.reasons).toContainEqual(expect.objectContaining({ kind: 'similar' }));
  });

  it('a do or don’t no reader picked yet speaks through its own words, and says so rather than naming readers', () => {
    const own = { text: `${advice.text} ${advice.reason}`, guidance: [advice.id], own: true };
    const voted = topAdvice(withPassages([own]), advice.reason).find((g) => g.record.id === advice.id);
    expect(voted?.why.reasons).toEqual([{ kind: 'similar', detail: 'lijkt op de woorden van dit advies zelf' }]);
    // Once a reader picks it for a similar passage, the reason names the reader.
    const read = {
      text: 'Sollicitanten met een Arabische achternaam worden door werkgevers in de regio minder vaak uitgenodigd.',
      guidance: [advice.id],
    };
    expect(topAdviceIds(withPassages([]), passage)).not.toContain(advice.id);
    const both = topAdvice(withPassages([own, read]), passage).find((g) => g.record.id === advice.id);
    expect(both?.why.reasons).toEqual([{ kind: 'similar', detail: 'lezers kozen dit bij een gelijkende passage' }]);
  });

  it('interventions that fit what readers asked for at a similar passage rise too', () => {
    const none = withPassages([]).match(passage).interventions.slice(0, 3);
    const other = engine.kb.interventions.find((r) => !none.some((x) => x.record.id === r.id) && r.domains.includes('sport'))!;
    const similar = withPassages([
      {
        text: 'Sollicitanten met een Arabische achternaam worden door werkgevers in de regio minder vaak uitgenodigd.',
        interventions: [other.id],
      },
    ]);
    const picked = similar
      .match(passage)
      .interventions.slice(0, 3)
      .find((x) => x.record.id === other.id);
    expect(picked?.why.reasons).toContainEqual({ kind: 'similar', detail: 'past bij wat lezers vroegen bij een gelijkende passage' });
  });

  it('every passage readers picked a record for speaks for it, also when none is among the nearest', () => {
    // Twenty passages nearer to the text than any other, with no picks: they fill the nearest twenty.
    const near = Array.from({ length: 20 }, (_, i) => ({ text: `${passage} Dat bleek in ronde ${i + 1}.` }));
    const further = [
      'Sollicitanten met een Arabische achternaam krijgen minder vaak een uitnodiging.',
      'Een Arabische achternaam verkleint de kans op een uitnodiging voor een gesprek.',
      'Werkgevers selecteren sollicitanten op hun achternaam.',
    ].map((text) => ({ text, guidance: [advice.id] }));
    const picked = topAdvice(withPassages([...near, ...further]), passage).find((g) => g.record.id === advice.id);
    expect(picked?.why.reasons).toEqual([{ kind: 'similar', detail: 'lijkt op de passages waarbij lezers dit kozen' }]);
  });

  it('the do’s and don’ts’ learnt model lifts the one readers pick for a telling word, and says so; without the word it does not', () => {
    // A model of our own making: readers pick `advice` when a passage makes something compulsory.
    const models = { guidance: { settings: {}, items: [advice.id], bias: [-4], weights: { [stem('verplicht')]: [0, 8] } } };
    const engineWith = withPassages([], models);
    const compulsory = `${passage} Wie een subsidie wil, moet verplicht een avond over racisme bijwonen.`;
    const lifted = topAdvice(engineWith, compulsory).find((g) => g.record.id === advice.id);
    expect(lifted?.why.reasons).toEqual([{ kind: 'similar', detail: 'lijkt op de passages waarbij lezers dit kozen' }]);
    expect(topAdviceIds(withPassages([]), compulsory)).not.toContain(advice.id);
    expect(topAdviceIds(engineWith, passage)).not.toContain(advice.id);
  });

  it('a passage about something else gets no vote', () => {
    const other = withPassages([{ text: 'De gemeente legt een nieuw fietspad aan langs het kanaal.', guidance: [advice.id] }]);
    expect(other.match(passage).guidance.map((g) => g.record.id)).not.toContain(advice.id);
  });

  it('the shipped passages and models are the tune part as labelled now, resolved against today’s do’s and don’ts', () => {
    const shipped = JSON.parse(readFileSync(PASSAGES_PATH, 'utf8')) as LabelledPassages;
    const parts = JSON.parse(readFileSync(join(REAL_DIR, 'parts.json'), 'utf8')) as Record<'tune' | 'heldout', { drafts: string }[]>;
    for (const b of parts.heldout) expect(shipped.trainedOn.batches).not.toContain(b.drafts);
    const stored = collectPassages(REAL_DIR, engine.kb, analyzer);
    expect(shipped.trainedOn.digest).toBe(stored.digest);
    expect(shipped.passages).toEqual(stored.passages.map((p) => p.passage));
    // The lists' models are what npm run learn trains from these passages now.
    expect(shipped.models).toEqual(trainPickModels(shipped.passages));
    expect(unknownPicks(shipped, engine.kb)).toEqual([]);
    const renamed = { ...shipped, passages: [{ terms: [], interventions: ['oud'], guidance: ['weg'], checklist: [] }] };
    expect(unknownPicks(renamed, engine.kb)).toEqual([
      {
        file: 'data/learned/passages.json',
        field: 'passages[0].interventions',
        message: 'names "oud", which data/interventions does not have; run npm run learn to write it again',
      },
      {
        file: 'data/learned/passages.json',
        field: 'passages[0].guidance',
        message: 'names "weg", which data/guidance does not have; run npm run learn to write it again',
      },
    ]);
  });
});

describe('learning', () => {
  it('learns a rule from examples, sets useless features to zero and gives the same weights every time', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({
      features: [i % 2 ? 'ambitie' : 'parkeren', `noise${i % 7}`],
      label: (i % 2) as 0 | 1,
    }));
    const w = trainLogistic(rows);
    expect(w.get('ambitie')).toBeGreaterThan(1);
    expect(w.get('parkeren')).toBeLessThan(-1);
    expect(w.has('noise3')).toBe(false);
    expect(trainLogistic(rows)).toEqual(w);
  });

  it('finds a quote in the sentences it comes from, over a sentence end and across "…"', () => {
    const doc = prepare(
      'Eerste zin over iets anders. De ADV registreert klachten. Zij helpt inwoners ook bij een melding. Slot.',
      analyzer,
    );
    expect(placeQuote(doc, 'registreert klachten. Zij helpt inwoners')).toEqual([1, 2]);
    expect(placeQuote(doc, 'De ADV registreert … bij een melding')).toEqual([1, 2]);
    expect(placeQuote(doc, 'staat nergens in de tekst')).toEqual([]);
  });

  it('learns from highlighted passages too: what the labeller found in one, and a passage that touches no item as evidence against all', () => {
    const ids = checklist.map((c) => c.id);
    const [found, trap, unread] = passageRows(
      [
        { id: 'a', text: 'Wij evalueren het beleid in 2027. De raad krijgt de evaluatie.', checklist: ['evaluatie'] },
        { id: 'b', text: 'Het parkeerbeleid in het centrum wordt herzien.', checklist: [] },
        { id: 'c', text: 'Een passage zonder checklistlabels.' },
      ],
      'batch-x',
      ids,
      analyzer,
    );
    // Items it does not name stay unknown: a labeller names what a passage touches, not all it leaves out.
    expect(found.labels).toEqual({ evaluatie: 1 });
    expect(found.features).toEqual(expect.arrayContaining(sentenceFeatures(prepare('Wij evalueren het beleid in 2027.', analyzer))[0]));
    expect(found.batch).toBe('batch-x');
    expect(Object.keys(trap.labels).sort()).toEqual([...ids].sort());
    expect(Object.values(trap.labels).every((v) => v === 0)).toBe(true);
    expect(unread).toBeUndefined();
  });

  it('the shipped model is trained on the tune part as labelled now, never on a held-out batch (else run npm run learn)', () => {
    const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as LearnedChecklist;
    const parts = JSON.parse(readFileSync(join(REAL_DIR, 'parts.json'), 'utf8')) as Record<'tune' | 'heldout', { drafts: string }[]>;
    for (const b of parts.heldout) expect(shipped.trainedOn.batches).not.toContain(b.drafts);
    const set = collectTrainingSet(REAL_DIR, checklist, analyzer);
    expect(set.unplaced).toEqual([]);
    expect(shipped.trainedOn.batches).toEqual(set.batches);
    expect(shipped.trainedOn.digest).toBe(set.digest);
  });

  it('the shipped verdict learnt from what detection finds now: a change to detection or its cues needs npm run learn', () => {
    const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as LearnedChecklist;
    const { verdict, ...sentences } = shipped;
    expect(verdict?.findings, 'detection finds other things than the verdict learnt from: run npm run learn').toBe(
      findingsDigest(engine.kb, analyzer, shipped.trainedOn.batches, sentences),
    );
  });

  it('a broken model file is refused with the file, the field and what to do', () => {
    const good = readFileSync(MODEL_PATH, 'utf8');
    expect(validateLearned('data/learned/checklist.json', good, LearnedChecklistSchema).problems).toEqual([]);
    const broken = { ...JSON.parse(good), bias: [1] };
    expect(validateLearned('data/learned/checklist.json', JSON.stringify(broken), LearnedChecklistSchema).problems).toEqual([
      { file: 'data/learned/checklist.json', field: 'bias', message: 'has not one bias per item; run npm run learn to write it again' },
    ]);
    const unknown = { ...JSON.parse(good), items: ['visie', 'geen-item'] };
    expect(validateLearned('x.json', JSON.stringify(unknown), LearnedChecklistSchema).problems[0]).toMatchObject({ field: 'items[1]' });
    expect(validateLearned('x.json', '{"items": [', LearnedChecklistSchema).problems[0].message).toMatch(/^is not valid JSON/);
  });
});
