/**
 * The raadslid lens in the shapes of the API contract: the `council` section
 * of a match for audience "raad", and the council questions on check items.
 * The worker and the extension's private mode both call these with their
 * engine; the lens over the engine's council records is built once per engine,
 * on first use, so a policy officer's requests never pay for it.
 */
import type { Engine } from '../engine';
import type { ChecklistId } from '../taxonomy';
import { createCouncilLens, type CouncilLens } from './lens';
import type { CouncilSection } from '../api/contract';

const lenses = new WeakMap<Engine, CouncilLens>();
const lensOf = (engine: Engine) => {
  let lens = lenses.get(engine);
  if (!lens) lenses.set(engine, (lens = createCouncilLens(engine.kb.council)));
  return lens;
};

/** What a council member can do with the passage: the four roles with instruments and real examples, and the seed's questions. */
export function councilSection(engine: Engine, text: string, checklist: readonly ChecklistId[] = []): CouncilSection {
  const { roles, forms, conversation } = lensOf(engine)(text, { checklist });
  return {
    roles: roles.map(({ role, hits }) => ({ role, hits: hits.map(({ record, score, why }) => ({ ...record, score, why })) })),
    forms,
    conversation,
  };
}

/** Each check item with the question a council member can put to the college (from the knowledge base's checklist). */
export function withCouncilQuestions<T extends { id: ChecklistId }>(
  engine: Engine,
  items: readonly T[],
): (T & { councilQuestion: string })[] {
  const questions = new Map(engine.kb.checklist.map((c) => [c.id, c.councilQuestion]));
  return items.map((item) => ({ ...item, councilQuestion: questions.get(item.id) ?? '' }));
}
