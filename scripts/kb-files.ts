/** Reads the knowledge-base source files from data/ (Node only). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { LabelledPassagesSchema, LearnedChecklistSchema, RECORD_KINDS, type RecordKind } from '../core/schema';
import { unknownPicks, validateFiles, validateLearned, type KnowledgeBaseSource, type Problem, type SourceFile } from '../core/kb/validate';

/** The repository root. (Some test environments serve modules from /@fs/…; the cwd of npm scripts is the root too.) */
const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = existsSync(join(here, '..', 'package.json')) ? join(here, '..') : process.cwd();

export function readSourceFiles(dataDir = join(ROOT, 'data')): SourceFile[] {
  const files: SourceFile[] = [];
  for (const kind of Object.keys(RECORD_KINDS) as RecordKind[]) {
    const dir = join(dataDir, kind);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const path = join(dir, name);
      files.push({ path: relative(ROOT, path), kind, text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

/** What `npm run learn` writes into data/learned/, and where it goes in the knowledge base. */
const LEARNED_FILES = [
  { file: 'checklist.json', key: 'learned', schema: LearnedChecklistSchema },
  { file: 'passages.json', key: 'passages', schema: LabelledPassagesSchema },
] as const;

/** The records of data/ and what `npm run learn` wrote (data/learned/, where there is), with every problem found. */
export function readKnowledgeBase(dataDir = join(ROOT, 'data')): { records: KnowledgeBaseSource; problems: Problem[] } {
  const { records, problems } = validateFiles(readSourceFiles(dataDir));
  const out: KnowledgeBaseSource = { ...records };
  for (const { file, key, schema } of LEARNED_FILES) {
    const path = join(dataDir, 'learned', file);
    if (!existsSync(path)) continue;
    const learned = validateLearned(relative(ROOT, path), readFileSync(path, 'utf8'), schema as z.ZodMiniType<unknown>);
    problems.push(...learned.problems);
    if (learned.value) Object.assign(out, { [key]: learned.value });
  }
  if (out.passages) problems.push(...unknownPicks(out.passages, records));
  return { records: out, problems };
}
