/** POST /api/match {text}: the highlight flow. */
import { Hono } from 'hono';
import { LIMITS, MatchRequestSchema } from '../../core/api/contract';
import { matchResponse } from '../../core/api/responses';
import { engine } from '../engine';
import { errorResponse } from '../errors';
import { limitBody, requireJson } from '../middleware/json-body';
import type { AppEnv } from '../types';
import { validate } from '../validate';

export const match = new Hono<AppEnv>().post(
  '/match',
  requireJson,
  limitBody(LIMITS.matchBodyBytes, 'select a shorter passage'),
  validate('json', MatchRequestSchema),
  (c) => {
    const { text } = c.req.valid('json');
    if (text.length > LIMITS.matchChars) {
      return errorResponse(c, 413, 'payload_too_large', `The passage has ${text.length.toLocaleString('en')} characters; the limit is ${LIMITS.matchChars.toLocaleString('en')}. Select a shorter passage, or use the page check.`);
    }
    return c.json(matchResponse(engine, text));
  },
);
