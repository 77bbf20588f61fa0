/** Shared by the Node test projects: the real knowledge base and its engine. */
import { createEngine, type Engine } from '@@/core/engine';
import { buildSnapshot, type Snapshot } from '@@/core/engine/snapshot';
import { readKnowledgeBase } from '@@/scripts/kb-files';

let cached: { snapshot: Snapshot; engine: Engine } | undefined;

export function realEngine() {
  if (!cached) {
    const { records, problems } = readKnowledgeBase();
    if (problems.length) throw new Error(`data/ has problems: ${problems.length}`);
    const snapshot = buildSnapshot({ version: 'test', ...records });
    cached = { snapshot, engine: createEngine(JSON.parse(JSON.stringify(snapshot))) };
  }
  return cached;
}

/** The real engine without the learned checklist reading: for tests of what the cues, names, examples and headings read by themselves. */
let cues: Engine | undefined;
export function cueEngine(): Engine {
  const { snapshot } = realEngine();
  return (cues ??= createEngine({ ...snapshot, kb: JSON.stringify({ ...JSON.parse(snapshot.kb), learned: undefined }) }));
}

/** One checklist item's verdict on a text. */
export const itemVerdict = (engine: Engine, text: string, id: string) => engine.check(text).items.find((i) => i.id === id)!;
