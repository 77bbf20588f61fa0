/**
 * The knowledge base: the real data passes with the counts the issues ask
 * for, every source url comes from the facts, no text is copied from them,
 * and each kind of broken file is rejected with file, field and problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateFiles } from '@@/core/kb/validate';
import { loadFacts, weakSources } from '@@/scripts/fidelity';
import { readSourceFiles, ROOT } from '@@/scripts/kb-files';

const SHARED = join(ROOT, '..', 'shared');
const { records, problems } = validateFiles(readSourceFiles());

describe('the real knowledge base', () => {
  it('passes data:check with the counts of the spec', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(records.interventions.length).toBeGreaterThanOrEqual(80);
    expect(records.guidance.length).toBeGreaterThanOrEqual(40);
    expect(records.guidance.filter((g) => g.kind === 'do').length).toBeGreaterThanOrEqual(15);
    expect(records.guidance.filter((g) => g.kind === 'dont').length).toBeGreaterThanOrEqual(15);
    expect(records.checklist).toHaveLength(24);
    expect(records.council.length).toBeGreaterThanOrEqual(30);
  });

  it('gives every checklist item the question a council member puts to the college', () => {
    for (const c of records.checklist) expect(c.councilQuestion, c.id).toMatch(/\?$/);
  });

  it('has at least 3 interventions in every domain', () => {
    const domains = [
      'arbeidsmarkt',
      'onderwijs',
      'wonen',
      'wijk',
      'horeca',
      'veiligheid',
      'zorg-welzijn',
      'sport',
      'dienstverlening',
      'gemeente-organisatie',
      'online',
    ];
    for (const d of domains)
      expect(records.interventions.filter((r) => r.domains.includes(d as never)).length, d).toBeGreaterThanOrEqual(3);
  });

  const domainFacts = existsSync(join(SHARED, 'domain'))
    ? readdirSync(join(SHARED, 'domain'))
        .map((f) => readFileSync(join(SHARED, 'domain', f), 'utf8'))
        .join('\n')
    : null;

  it.skipIf(!domainFacts)('cites only urls that appear in the facts of shared/domain', () => {
    const all = [...records.interventions, ...records.guidance, ...records.checklist, ...records.council];
    const foreign = all.flatMap((r) => r.sources.filter((s) => s.url && !domainFacts!.includes(s.url)).map((s) => `${r.id}: ${s.url}`));
    expect(foreign).toEqual([]);
  });

  it.skipIf(!domainFacts)('copies no run of 12 words from the facts or the seed, names aside', () => {
    const words = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    const seed = readFileSync(join(SHARED, 'seed', 'monitor-lokaal-antidiscriminatiebeleid.txt'), 'utf8');
    const N = 12;
    const shingles = new Set<string>();
    for (const src of [domainFacts!, seed]) {
      const w = words(src);
      for (let i = 0; i + N <= w.length; i++) shingles.add(w.slice(i, i + N).join(' '));
    }
    const copied: string[] = [];
    const all = [...records.interventions, ...records.guidance, ...records.checklist, ...records.council] as Record<string, unknown>[];
    for (const r of all) {
      // Titles are names (and the seed's conversation questions, quoted as such); everything else is ours to word.
      const texts = [
        'summary',
        'description',
        'evidence',
        'warning',
        'uncertain',
        'text',
        'reason',
        'explanation',
        'good',
        'advice',
        'councilQuestion',
        'tips',
      ]
        .flatMap((f) => r[f])
        .filter((t): t is string => typeof t === 'string');
      for (const t of texts) {
        const raw = t.match(/[\p{L}\p{N}]+/gu) ?? [];
        const w = words(t);
        for (let i = 0; i + N <= w.length; i++) {
          if (!shingles.has(w.slice(i, i + N).join(' '))) continue;
          // A run that is mostly capitalised words is a name or a title ("College voor de Rechten van de Mens").
          const capitals = raw.slice(i, i + N).filter((x) => /^\p{Lu}/u.test(x)).length;
          if (capitals < N * 0.4) copied.push(`${r.id}: …${raw.slice(i, i + N).join(' ')}…`);
          break;
        }
      }
    }
    expect(copied).toEqual([]);
  });

  it.skipIf(!domainFacts)('marks every record that cites a party, campaign, blog or training-office page as uncertain', () => {
    // The facts tag such pages: they count as ideas or claims, not as proof.
    const facts = loadFacts();
    const all = [...records.interventions, ...records.guidance, ...records.council];
    const unmarked = all
      .filter((r) => !r.uncertain && weakSources(r, facts).length)
      .map((r) => `${r.id}: ${weakSources(r, facts).join(' ')}`);
    expect(unmarked).toEqual([]);
  });
});

describe('data:check on broken files', () => {
  const broken = validateFiles(readSourceFiles(join(ROOT, 'tests', 'fixtures', 'broken-data')));
  const messages = broken.problems.map(formatProblem);
  const about = (file: string) => messages.filter((m) => m.startsWith(`tests/fixtures/broken-data/${file}`));

  it('reports every problem at once, none of the broken records loads', () => {
    expect(broken.records.interventions).toHaveLength(0);
    expect(messages.length).toBeGreaterThanOrEqual(12);
  });

  it('names file, field and the allowed ids for a wrong taxonomy id', () => {
    expect(about('interventions/bad-taxonomy.yaml')).toEqual([
      expect.stringMatching(/bad-taxonomy\.yaml: domains\[0\] is "ruimtevaart", which is not allowed; use one of: arbeidsmarkt, .*online$/),
    ]);
  });

  it('rejects HTML, empty text, javascript: and http urls', () => {
    const m = about('interventions/html-and-http.yaml');
    expect(m).toContainEqual(expect.stringContaining('title contains HTML'));
    expect(m).toContainEqual(expect.stringContaining('description is empty'));
    expect(m).toContainEqual(expect.stringContaining('sources[0].url must start with https://'));
    expect(m).toContainEqual(expect.stringContaining('sources[1].url must start with https://'));
  });

  it('names both files of a duplicate id', () => {
    expect(about('interventions/duplicate-b.yaml')).toContainEqual(
      expect.stringContaining('"dubbel" is already used by tests/fixtures/broken-data/interventions/duplicate-a.yaml'),
    );
  });

  it('requires a source with a url, and rejects unknown fields', () => {
    const m = about('interventions/no-sources.yaml');
    expect(m).toContainEqual(expect.stringContaining('sources needs at least one source'));
    expect(m).toContainEqual(expect.stringContaining('unknown field unknownField'));
    expect(about('guidance/bad-kind.yaml')).toContainEqual(expect.stringContaining('sources needs at least one source with a url'));
  });

  it('reports YAML syntax errors with the file', () => {
    expect(about('interventions/not-yaml.yaml')).toEqual([expect.stringContaining('is not valid YAML')]);
  });

  it('requires the ground that goes with a form of discrimination, on interventions and guidance', () => {
    expect(about('interventions/form-without-ground.yaml')).toEqual([
      expect.stringContaining('grounds misses herkomst, the ground of form "antiziganisme": add it to grounds'),
    ]);
    expect(about('guidance/form-without-grounds.yaml')).toEqual([
      expect.stringContaining('grounds misses seksuele-orientatie (or gender), the ground of form "lhbtiq"'),
    ]);
  });

  it('checks council records: roles, instruments, checklist ids and outcomes by name', () => {
    const m = about('council/bad-role.yaml');
    expect(m).toContainEqual(
      expect.stringMatching(
        /councilRoles\[0\] is "toezichthouder", which is not allowed; use one of: signalerend, controlerend, initierend, volksvertegenwoordigend/,
      ),
    );
    expect(m).toContainEqual(expect.stringContaining('instrument is "petitie", which is not allowed'));
    expect(m).toContainEqual(expect.stringContaining('checklist[1] is "bestaat-niet", which is not allowed'));
    expect(m).toContainEqual(expect.stringContaining('outcome is "misschien", which is not allowed'));
    expect(broken.records.council).toHaveLength(0);
  });

  it('checks checklist steps, cue syntax and completeness', () => {
    const m = about('checklist/');
    expect(m).toContainEqual(expect.stringContaining('visie.yaml: step is "begroting", which is not allowed'));
    expect(m).toContainEqual(expect.stringContaining('cues.covered[0] is not a valid cue'));
    expect(m).toContainEqual(expect.stringMatching(/misses 23 of the 24 checklist items: draagvlak/));
    expect(m).toContainEqual(expect.stringContaining('visie.yaml: councilQuestion is missing'));
  });

  it('rejects oversize fields', () => {
    const files = readSourceFiles(join(ROOT, 'tests', 'fixtures', 'broken-data')).filter((f) => f.path.endsWith('bad-taxonomy.yaml'));
    const long = files.map((f) => ({
      ...f,
      text: f.text.replace('summary: Een record om data:check te testen.', `summary: ${'lang '.repeat(200)}`),
    }));
    expect(validateFiles(long).problems.map(formatProblem)).toContainEqual(
      expect.stringContaining('summary is too long (at most 400 characters)'),
    );
  });
});
