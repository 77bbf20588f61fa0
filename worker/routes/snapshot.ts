/** GET /api/index: the index snapshot for the extension's private mode, with ETag (304 when unchanged). */
import { Hono } from 'hono';
import { etag, fullSnapshotJson } from '../engine';
import { conditionalGet } from '../middleware/cache';
import type { AppEnv } from '../types';

export const snapshot = new Hono<AppEnv>().get('/index', conditionalGet(etag), (c) =>
  c.body(fullSnapshotJson(), 200, { 'Content-Type': 'application/json; charset=utf-8' }),
);
