/**
 * Benchmark inputs built from the labelled drafts and passages in
 * ../shared/eval, repeated to size: realistic Dutch policy prose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR, loadCases, loadDrafts } from '@@/scripts/eval-lib';

const prose = () => {
  const drafts = loadDrafts().map((d) => d.text);
  const passages = loadCases(join(EVAL_DIR, 'match-dev.json')).map((c) => c.text);
  return [...drafts, ...passages].join('\n\n');
};

export function passage(chars: number): string {
  const words = loadCases().flatMap((c) => c.text.split(/\s+/));
  let out = '';
  for (let i = 0; out.length < chars; i++) out += (out ? ' ' : '') + words[i % words.length];
  return out.slice(0, chars);
}

export function draft(words: number): string {
  const all = prose().split(/(\s+)/);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const w = all[i % all.length];
    out.push(w);
    if (/\S/.test(w)) count++;
  }
  return out.join('');
}

export const snapshotText = (root: string) => readFileSync(join(root, '.generated', 'snapshot.json'), 'utf8');
