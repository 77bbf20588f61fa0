/** GET /api/index: the index snapshot for the extension's private mode. */
import { Hono } from 'hono';
import { fullSnapshotJson } from '../engine';
import type { AppEnv } from '../types';

export const snapshot = new Hono<AppEnv>().get('/index', (c) =>
  c.body(fullSnapshotJson(), 200, { 'Content-Type': 'application/json; charset=utf-8' }),
);
