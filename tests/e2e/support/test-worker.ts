/**
 * A copy of the worker with a test build of the data: the real knowledge base
 * plus one record whose text carries an HTML injection, which data:check would
 * refuse. It proves that results render as text, whatever the data holds.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFiles } from '@@/core/kb/validate';
import { writeSnapshot } from '@@/scripts/build-data';
import { readSourceFiles, ROOT } from '@@/scripts/kb-files';

export const INJECTION = '<img src=x onerror="document.documentElement.dataset.xss=1">';

export function hostileWorkerDir(): { dir: string; title: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-hostile-'));
  for (const part of ['worker', 'core', 'wrangler.toml']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const { records } = validateFiles(readSourceFiles());
  const target = records.interventions.find((r) => r.id === 'mystery-guests-haagse-horeca') ?? records.interventions[0];
  const title = `Portiers ${INJECTION} test`;
  target.title = title;
  target.summary = `Samenvatting met ${INJECTION} erin.`;
  writeSnapshot(records, join(dir, '.generated'));
  return { dir, title };
}
