/**
 * The learnt verdict over a whole draft (core/engine/verdict.ts, readVerdict
 * in checklist.ts): what it takes away, what it grades down, where it does
 * not speak, and the shipped file that carries it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '@@/core/analysis/analyzer';
import { checkDoc } from '@@/core/engine/check';
import { compileChecklist, detectChecklist } from '@@/core/engine/checklist';
import { prepare } from '@@/core/engine/document';
import { learnedScores } from '@@/core/engine/learned';
import { GROUND, readTopic } from '@@/core/engine/topic';
import { verdictFeatures } from '@@/core/engine/verdict';
import { validateLearned } from '@@/core/kb/validate';
import { LearnedChecklistSchema, type LearnedChecklist } from '@@/core/schema';
import { MODEL_PATH, VERDICT_FTRL } from '@@/scripts/learn';
import { realEngine } from '../helpers';

const { engine, snapshot } = realEngine();
const analyzer = createAnalyzer(snapshot.lexicon);
const checklist = engine.kb.checklist;

/** A sentence reading of our own making (every sentence reads `p` like a vision) and a verdict with the given weights. */
const learnedWith = (p: number, weights: Record<string, number>): LearnedChecklist => ({
  about: 'test',
  trainedOn: { batches: [], drafts: 0, sentences: 0, quotes: 0, examples: 0, digest: '' },
  settings: {},
  items: ['visie'],
  bias: [Math.log(p / (1 - p))],
  weights: {},
  verdict: { settings: {}, bias: 0, weights },
});
const visie = (text: string, learned?: LearnedChecklist) =>
  detectChecklist(prepare(text, analyzer), compileChecklist(checklist, analyzer, learned)).find((d) => d.compiled.item.id === 'visie')!;

/** A whole draft: the section under test, then plain sentences about opening hours (a draft has 43 to 81 sentences). */
const draft = (section: string) =>
  [section, ...Array.from({ length: 40 }, (_, i) => `Zaal ${i + 1} van het stadhuis is op werkdagen open voor bezoekers.`)].join(' ');
/** The verdict's features for one item of a text, read with a sentence reading where every sentence reads 0.9 like a vision. */
function featuresOf(text: string, id: string): string[] {
  const doc = prepare(text, analyzer);
  const list = compileChecklist(checklist, analyzer, learnedWith(0.9, {}));
  const index = list.items.findIndex((c) => c.item.id === id);
  const d = detectChecklist(doc, list, { verdict: false })[index];
  return verdictFeatures(doc, d, learnedScores(doc, list.learned!)[index], readTopic(doc, analyzer));
}
const values = '## Waar staan we voor\n\nDe gemeente is er voor iedereen. Elk jaar is er een ontmoetingsdag. De wethouder opent die dag.';

describe('the learnt verdict over a whole draft', () => {
  it('takes away an item whose findings readers of such drafts called absent: missing, its words a mention', () => {
    expect(visie(draft(values), learnedWith(0.9, { 'visie|status=covered': 3 })).status).toBe('covered');
    const absent = visie(draft(values), learnedWith(0.9, { 'visie|status=covered': -5 }));
    expect(absent.status).toBe('missing');
    expect(absent.found).toEqual([]);
    expect(absent.mentioned).toBe(true);
    // What was set aside is shown with the missing item, and why: a reader can see it and disagree.
    const list = compileChecklist(checklist, analyzer, learnedWith(0.9, { 'visie|status=covered': -5 }));
    const item = checkDoc(prepare(draft(values), analyzer), list).items.find((i) => i.id === 'visie')!;
    expect(item).toMatchObject({ status: 'missing', evidence: [], reasons: [] });
    expect(item.setAside?.evidence).toBe('De gemeente is er voor iedereen.');
    expect(item.setAside?.detail).toMatch(/staat onder de kop "Waar staan we voor".*; niet meegeteld: lezers van stukken/);
    // Another item's weight does not touch this one.
    expect(visie(draft(values), learnedWith(0.9, { 'visie|status=covered': 3, 'evaluatie|status=covered': -5 })).status).toBe('covered');
  });

  it('grades a covered item down to partial when readers found it less surely, and says so', () => {
    // A probability of 0.62: found, but under the bar for covered.
    const doubted = visie(draft(values), learnedWith(0.9, { 'visie|status=covered': 0.5 }));
    expect(doubted.status).toBe('partial');
    expect(doubted.found.map((f) => f.detail).join(' ')).toMatch(/in stukken met dezelfde bevindingen vonden lezers dit punt vaak niet/);
    expect(visie(draft(values), learnedWith(0.9, { 'visie|status=covered': 3 })).status).toBe('covered');
  });

  it('speaks for whole drafts only: a passage keeps what detection found', () => {
    expect(visie(values, learnedWith(0.9, { 'visie|status=covered': -5 })).status).toBe('covered');
  });

  it('reads what detection found as named features, per item and for all items', () => {
    const features = featuresOf(draft(values), 'visie');
    // Every sentence reads 0.9 like the item: the best falls in the band from 0.8 to 0.95.
    expect(features).toEqual(
      expect.arrayContaining(['status=covered', 'visie|status=covered', 'best=4', 'visie|best=4', 'strong=3', 'firm=0']),
    );
    expect(features).toContain('found=heading:covered');
    // A text that never names its subject was chosen as being about it: that is how near its evidence is.
    expect(features).toEqual(expect.arrayContaining(['ground=unnamed', 'other|ground=unnamed']));
  });

  it('reads how near the evidence of a policy’s cycle names the subject: its own sentence, its paragraph, or only a heading over it', () => {
    const ground = (text: string) => featuresOf(text, 'begroting').filter((f) => f.includes('ground='));
    const budget = 'Voor de uitvoering is jaarlijks 80.000 euro opgenomen in de begroting.';
    expect(ground(`Tegen discriminatie is jaarlijks 80.000 euro opgenomen in de begroting.`)).toEqual(['ground=self', 'cycle|ground=self']);
    expect(ground(`Discriminatie bestrijden we samen met RADAR. ${budget}`)).toEqual(['ground=paragraph', 'cycle|ground=paragraph']);
    expect(ground(`# Nota gelijke behandeling\n\n## Financiën\n\n${budget}`)).toEqual(['ground=heading', 'cycle|ground=heading']);
  });

  it('reads whether the title names another subject, for all items and per item', () => {
    const features = (title: string) =>
      featuresOf(`# ${title}\n\nInwoners kunnen terecht bij RADAR, dat meldingen registreert en melders bijstaat.`, 'adv-wettelijk').filter(
        (f) => f.includes('elsewhere='),
      );
    expect(features('Nota accommodatiebeleid 2026–2030')).toEqual(['elsewhere=1', 'adv-wettelijk|elsewhere=1']);
    expect(features('Nota aanpak discriminatie 2026–2030')).toEqual(['elsewhere=0', 'adv-wettelijk|elsewhere=0']);
    expect(features('Raadsvoorstel')).toEqual(['elsewhere=0', 'adv-wettelijk|elsewhere=0']);
  });

  it('a list is a paragraph of its own: the line after it reads the same with or without a blank line (Markdown or Word)', () => {
    const ground = (text: string) => featuresOf(text, 'begroting').filter((f) => f.startsWith('ground='));
    const intro = 'Deze nota tegen discriminatie geldt tot en met 2028. Concreet willen we dat:';
    const list = '- eind 2026 elke school een protocol heeft;\n- eind 2027 alle teams een training hebben gevolgd.';
    const budget = 'Voor de uitvoering is in de begroting jaarlijks 90.000 euro opgenomen.';
    const head = '# Uitvoeringsplan 2026\n\n## Aanpak van discriminatie';
    const markdown = ground(`${head}\n\n${intro}\n${list}\n${budget}`);
    expect(markdown).toEqual(ground(`${head}\n\n${intro}\n\n${list}\n\n${budget}`));
    // The intro names the subject; the budget line after the list is read by its heading, not the intro's paragraph.
    expect(markdown).toEqual(['ground=heading']);
  });

  it('every weight it ships is a feature of the kinds verdict.ts reads: grade, bands, counts, kinds of evidence, how near the subject', () => {
    const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as LearnedChecklist;
    const ids = checklist.map((c) => c.id).join('|');
    const kinds = 'cue|name|example|heading|learned';
    const grounds = Object.keys(GROUND).join('|');
    const feature = new RegExp(
      `^((${ids})\\|)?(status=(covered|partial|missing)|best=[0-5])$|^(any=[0-5]|strong=[0-3]|mentioned=[01]|topic=[0-3]|firm=[01]|found=(${kinds}):(covered|partial))$|^((cycle|other)\\|)?ground=(${grounds})$|^((${ids})\\|)?elsewhere=[01]$`,
    );
    expect(Object.keys(shipped.verdict!.weights).filter((f) => !feature.test(f))).toEqual([]);
  });

  it('ships with the learned reading, with npm run learn’s settings; a broken one is refused with its field', () => {
    const text = readFileSync(MODEL_PATH, 'utf8');
    const shipped = validateLearned('data/learned/checklist.json', text, LearnedChecklistSchema).value!;
    expect(shipped.verdict?.settings).toEqual({ ...VERDICT_FTRL });
    expect(Object.keys(shipped.verdict!.weights).length).toBeGreaterThan(20);
    const broken = { ...shipped, verdict: { ...shipped.verdict, weights: { 'status=partial': 'veel' } } };
    expect(validateLearned('data/learned/checklist.json', JSON.stringify(broken), LearnedChecklistSchema).problems).toEqual([
      expect.objectContaining({ file: 'data/learned/checklist.json', field: 'verdict.weights.status=partial' }),
    ]);
  });
});
