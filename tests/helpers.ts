/** Shared by the Node test projects: the real knowledge base and its engine. */
import { validateFiles } from '@@/core/kb/validate';
import { createEngine, type Engine } from '@@/core/engine';
import { buildSnapshot, type Snapshot } from '@@/core/engine/snapshot';
import { readSourceFiles } from '@@/scripts/kb-files';

let cached: { snapshot: Snapshot; engine: Engine } | undefined;

export function realEngine() {
  if (!cached) {
    const { records, problems } = validateFiles(readSourceFiles());
    if (problems.length) throw new Error(`data/ has problems: ${problems.length}`);
    const snapshot = buildSnapshot({ version: 'test', ...records });
    cached = { snapshot, engine: createEngine(JSON.parse(JSON.stringify(snapshot))) };
  }
  return cached;
}
