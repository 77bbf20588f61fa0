/** GET /api/search?q=&domain=&ground=&type=&limit= : users' queries, so never stored by any cache. */
import { Hono } from 'hono';
import { SearchQuerySchema } from '../../core/api/contract';
import { searchResponse } from '../../core/api/responses';
import { engine } from '../engine';
import { noStore } from '../middleware/cache';
import { boundedJson } from '../respond';
import type { AppEnv } from '../types';
import { validate } from '../validate';

export const search = new Hono<AppEnv>().get('/search', noStore, validate('query', SearchQuerySchema), (c) => {
  const { q, limit, ...filters } = c.req.valid('query');
  return boundedJson(c, searchResponse(engine, q, filters, limit), 'ask for fewer results with "limit"');
});
