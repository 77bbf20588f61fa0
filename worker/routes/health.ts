/** GET /api/health: version and counts of the knowledge base. */
import { Hono } from 'hono';
import { healthResponse } from '../../core/api/responses';
import { engine } from '../engine';
import type { AppEnv } from '../types';

export const health = new Hono<AppEnv>().get('/health', (c) => c.json(healthResponse(engine), 200, { 'Cache-Control': 'no-store' }));
