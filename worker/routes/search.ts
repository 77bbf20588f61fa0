/** GET /api/search?q=&domain=&ground=&type=&limit= */
import { Hono } from 'hono';
import { SearchQuerySchema } from '../../core/api/contract';
import { searchResponse } from '../../core/api/responses';
import { engine } from '../engine';
import type { AppEnv } from '../types';
import { validate } from '../validate';

export const search = new Hono<AppEnv>().get('/search', validate('query', SearchQuerySchema), (c) => {
  const { q, limit, ...filters } = c.req.valid('query');
  return c.json(searchResponse(engine, q, filters, limit));
});
