/** The knowledge base as lists: interventions, guidance, checklist, taxonomy. */
import { Hono } from 'hono';
import { interventionList, taxonomyResponse } from '../../core/api/responses';
import { engine } from '../engine';
import { errorResponse } from '../errors';
import type { AppEnv } from '../types';

const byId = new Map(engine.kb.interventions.map((r) => [r.id, r]));

export const records = new Hono<AppEnv>()
  .get('/interventions', (c) => c.json(interventionList(engine)))
  .get('/interventions/:id', (c) => {
    const id = c.req.param('id');
    const record = byId.get(id);
    return record
      ? c.json(record)
      : errorResponse(c, 404, 'not_found', `There is no intervention with id "${id.slice(0, 80)}". GET /api/interventions lists them all.`);
  })
  .get('/guidance', (c) => c.json({ guidance: engine.kb.guidance, total: engine.kb.guidance.length }))
  .get('/checklist', (c) => c.json({ checklist: engine.kb.checklist, total: engine.kb.checklist.length }))
  .get('/taxonomy', (c) => c.json(taxonomyResponse()));
