/** POST /api/check {text}: the checklist check of a whole draft. */
import { Hono } from 'hono';
import { CheckRequestSchema, LIMITS } from '../../core/api/contract';
import { checkResponse } from '../../core/api/responses';
import { engine } from '../engine';
import { limitBody, requireJson } from '../middleware/json-body';
import type { AppEnv } from '../types';
import { validate } from '../validate';

export const check = new Hono<AppEnv>().post(
  '/check',
  requireJson,
  limitBody(LIMITS.checkBodyBytes, 'check the draft in parts'),
  validate('json', CheckRequestSchema),
  (c) => c.json(checkResponse(engine, c.req.valid('json').text)),
);
