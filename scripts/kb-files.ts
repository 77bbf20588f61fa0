/** Reads the knowledge-base source files from data/ (Node only). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RECORD_KINDS, type RecordKind } from '../core/schema';
import { validateFiles, validateLearned, type KnowledgeBaseSource, type Problem, type SourceFile } from '../core/kb/validate';

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

/** The records of data/ and, when data/learned/checklist.json is there, the learned checklist reading; with every problem found. */
export function readKnowledgeBase(dataDir = join(ROOT, 'data')): { records: KnowledgeBaseSource; problems: Problem[] } {
  const { records, problems } = validateFiles(readSourceFiles(dataDir));
  const path = join(dataDir, 'learned', 'checklist.json');
  if (!existsSync(path)) return { records, problems };
  const learned = validateLearned(relative(ROOT, path), readFileSync(path, 'utf8'));
  return { records: learned.model ? { ...records, learned: learned.model } : records, problems: [...problems, ...learned.problems] };
}
