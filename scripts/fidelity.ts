/**
 * `npm run data:fidelity [-- --n 25 --seed 1 --kind interventions --id x,y]`:
 * a repeatable fidelity check. Samples N records (seeded, so the same sample
 * comes back), and prints each record's claims (its sentences, example
 * municipalities and figures) next to the fact lines in shared/domain/*.md
 * that cite the same source url, so a reviewer can check a record in a minute.
 *
 * It also flags, per record, what a machine can see: figures and
 * municipalities that occur in none of the linked facts, sources the facts
 * tag as party, campaign or blog pages without an `uncertain` note, and
 * sources with no fact line at all. The judgement stays with the reviewer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { validateFiles, type Records } from '../core/kb/validate';
import { readSourceFiles, ROOT } from './kb-files';
import { prng } from './lib/prng';

export interface Fact {
  file: string;
  /** The heading the fact stands under (it often names the municipality). */
  section: string;
  /** "RA16", "R12 Naam", or the first words of the line. */
  label: string;
  text: string;
}

/** Source kinds the facts mark as ideas or claims, not proof (see the notes atop raad-feiten.md and gronden-feiten.md). */
export const WEAK_SOURCE_TAGS = /^(partij|campagnesite|blog|trainingsbureau)\b/i;

/**
 * The kind the facts give a url: the first "[…]" tag after it in a fact line
 * ("url1 ; url2 [gemeenten]" tags both). Undefined where the facts give none.
 */
export function sourceTag(url: string, facts: readonly Fact[]): string | undefined {
  for (const f of facts) {
    const at = f.text.indexOf(url);
    if (at < 0) continue;
    const tag = f.text.slice(at + url.length).match(/^[^[\n]*?\[([^\]]+)\]/);
    if (tag) return tag[1];
  }
  return undefined;
}

/** Sources of a record that the facts tag as party, campaign or blog pages. */
export const weakSources = (record: { sources: { url?: string }[] }, facts: readonly Fact[]) =>
  record.sources.flatMap((s) => (s.url && WEAK_SOURCE_TAGS.test(sourceTag(s.url, facts) ?? '') ? [s.url] : []));

/** Splits a facts file into units: a bullet (with its continuation lines), a bold-led paragraph, or an intervention block (### Rxx). */
export function parseFacts(file: string, text: string): Fact[] {
  const facts: Fact[] = [];
  let current: Fact | undefined;
  let inBlock = false;
  let section = '';
  const flush = () => {
    if (current) facts.push({ ...current, text: current.text.trim() });
    current = undefined;
  };
  for (const line of text.split('\n')) {
    if (/^#{1,3} /.test(line)) {
      flush();
      section = line.replace(/^#+ /, '');
      inBlock = /^### R\d+/.test(line);
      if (inBlock) current = { file, section, label: section.slice(0, 60), text: '' };
      continue;
    }
    if (inBlock) {
      current!.text += line + '\n';
      continue;
    }
    // Bullets, bold-led paragraphs and table rows are units.
    if (/^(- |\*\*|\|)/.test(line)) {
      flush();
      const id = line.match(/^(?:- )?\*\*([A-Z]+\d+)[.\s–]/)?.[1];
      current = {
        file,
        section,
        label:
          id ??
          line
            .replace(/^[-|] /, '')
            .replace(/\*\*/g, '')
            .slice(0, 50),
        text: line + '\n',
      };
    } else if (current && /^\s+\S/.test(line)) {
      current.text += line + '\n';
    } else {
      flush();
    }
  }
  flush();
  return facts;
}

export function loadFacts(domainDir = join(ROOT, '..', 'shared', 'domain')): Fact[] {
  if (!existsSync(domainDir)) return [];
  return readdirSync(domainDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => parseFacts(f, readFileSync(join(domainDir, f), 'utf8')));
}

type AnyRecord = Record<string, unknown> & { id: string; sources: { title: string; url?: string }[] };

const CLAIM_FIELDS = [
  'summary',
  'description',
  'text',
  'reason',
  'evidence',
  'warning',
  'whatWorks',
  'tips',
  'uncertain',
  'councilQuestion',
] as const;

const sentences = (s: string) =>
  s
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"'‘“(])/u)
    .map((x) => x.trim())
    .filter(Boolean);

/** Figures worth checking: numbers with at least two digits, percentages, years, amounts. */
const figuresIn = (s: string) => [...new Set(s.match(/\d[\d.,]*\d%?|\d+%/g) ?? [])];

const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

export interface Review {
  record: AnyRecord;
  kind: string;
  claims: { field: string; sentence: string }[];
  facts: Fact[];
  flags: string[];
}

export function review(record: AnyRecord, kind: string, facts: Fact[]): Review {
  const claims = CLAIM_FIELDS.flatMap((field) => {
    const v = record[field];
    const texts = Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
    return texts.flatMap((t) => sentences(t).map((sentence) => ({ field, sentence })));
  });
  const urls = record.sources.flatMap((s) => (s.url ? [s.url] : []));
  const linked = facts.filter((f) => urls.some((u) => f.text.includes(u)));
  const factText = norm(linked.map((f) => `${f.section}\n${f.text}`).join('\n'));
  const flags: string[] = [];
  for (const u of urls) if (!linked.some((f) => f.text.includes(u))) flags.push(`source without a fact line: ${u}`);
  const claimed = claims.map((c) => c.sentence).join(' ');
  for (const fig of figuresIn(claimed)) if (!factText.includes(norm(fig))) flags.push(`figure "${fig}" is in none of the linked facts`);
  const places = [
    ...((record.municipalities as string[] | undefined) ?? []),
    ...(typeof record.municipality === 'string' ? record.municipality.split(/,\s*/) : []),
  ];
  for (const m of places) if (!factText.includes(norm(m))) flags.push(`municipality "${m}" is in none of the linked facts`);
  const weak = weakSources(record, facts);
  if (weak.length && !record.uncertain)
    flags.push(`cites a source the facts tag as party/campaign/blog without an uncertain note: ${weak.join(' ')}`);
  return { record, kind, claims, facts: linked, flags };
}

export function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  const rnd = prng(seed);
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

function print(r: Review, index: number, total: number) {
  const out: string[] = [];
  const rule = '─'.repeat(78);
  out.push(rule, `[${index}/${total}] ${r.kind}/${r.record.id}${r.record.title ? ` — ${r.record.title}` : ''}`, rule);
  out.push('CLAIMS');
  for (const c of r.claims) out.push(`  (${c.field}) ${c.sentence}`);
  const places = [
    ...((r.record.municipalities as string[] | undefined) ?? []),
    ...(typeof r.record.municipality === 'string' ? [r.record.municipality] : []),
  ];
  if (places.length) out.push(`  (municipalities) ${places.join(', ')}`);
  out.push('SOURCES');
  for (const s of r.record.sources) out.push(`  ${s.title}${s.url ? ` <${s.url}>` : ' (no url)'}`);
  out.push('FACTS WITH THE SAME URL');
  if (!r.facts.length) out.push('  (none)');
  for (const f of r.facts)
    out.push(
      `  ${f.file} § ${f.section.slice(0, 50)} — ${f.label}:`,
      ...f.text
        .split('\n')
        .filter(Boolean)
        .map((l) => `    ${l.trim()}`),
    );
  out.push(r.flags.length ? 'FLAGS' : 'FLAGS none');
  for (const f of r.flags) out.push(`  ! ${f}`);
  out.push('');
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '25' },
      seed: { type: 'string', default: '1' },
      kind: { type: 'string' },
      id: { type: 'string' },
    },
  });
  const { records } = validateFiles(readSourceFiles());
  const facts = loadFacts();
  if (!facts.length) {
    console.error('data:fidelity: no facts found in ../shared/domain; nothing to compare with.');
    process.exit(1);
  }
  const kinds = (values.kind ? [values.kind] : Object.keys(records)) as (keyof Records)[];
  const all = kinds.flatMap((k) => (records[k] ?? []).map((r) => ({ kind: k, record: r as unknown as AnyRecord })));
  const ids = values.id?.split(',').map((s) => s.trim());
  const chosen = ids ? all.filter((x) => ids.includes(x.record.id)) : sample(all, Number(values.n), Number(values.seed));
  const reviews = chosen.map((x) => review(x.record, x.kind, facts));
  reviews.forEach((r, i) => console.log(print(r, i + 1, reviews.length)));
  const flagged = reviews.filter((r) => r.flags.length);
  console.log(
    `data:fidelity: ${reviews.length} record(s)${ids ? '' : ` (seed ${values.seed}, from ${all.length})`}; ${flagged.length} with flags: ${flagged.map((r) => r.record.id).join(', ') || 'none'}`,
  );
}
