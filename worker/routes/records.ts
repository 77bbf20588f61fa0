/** The knowledge base as lists: interventions, guidance, checklist, taxonomy. Public data: ETag and 304. */
import { Hono } from 'hono';
import { checklistList, guidanceList, interventionList, taxonomyResponse } from '../../core/api/responses';
import { engine, etag } from '../engine';
import { errorResponse } from '../errors';
import { conditionalGet } from '../middleware/cache';
import type { AppEnv } from '../types';

const byId = new Map(engine.kb.interventions.map((r) => [r.id, r]));
const cached = conditionalGet(etag);

export const records = new Hono<AppEnv>()
  .get('/interventions', cached, (c) => c.json(interventionList(engine)))
  .get('/interventions/:id', cached, (c) => {
    const id = c.req.param('id');
    const record = byId.get(id);
    return record
      ? c.json(record)
      : errorResponse(c, 404, 'not_found', `There is no intervention with id "${id.slice(0, 80)}". GET /api/interventions lists them all.`);
  })
  .get('/guidance', cached, (c) => c.json(guidanceList(engine)))
  .get('/checklist', cached, (c) => c.json(checklistList(engine)))
  .get('/taxonomy', cached, (c) => c.json(taxonomyResponse()));
