/** POST /api/match {text, audience?}: the highlight flow; audience "raad" adds the council lens. */
import { Hono } from 'hono';
import { MatchRequestSchema } from '../../core/api/contract';
import { LIMITS } from '../../core/api/limits';
import { matchResponseJson } from '../../core/api/responses';
import { engine } from '../engine';
import { errorResponse } from '../errors';
import { noStore } from '../middleware/cache';
import { limitBody, requireJson } from '../middleware/json-body';
import { boundedJsonText } from '../respond';
import type { AppEnv } from '../types';
import { validate } from '../validate';

export const match = new Hono<AppEnv>().post(
  '/match',
  noStore,
  requireJson,
  limitBody(LIMITS.matchBodyBytes, 'select a shorter passage'),
  validate('json', MatchRequestSchema),
  (c) => {
    const { text, audience } = c.req.valid('json');
    if (text.length > LIMITS.matchChars) {
      return errorResponse(
        c,
        413,
        'payload_too_large',
        `The passage has ${text.length.toLocaleString('en')} characters; the limit is ${LIMITS.matchChars.toLocaleString('en')}. Select a shorter passage, or use the page check.`,
      );
    }
    return boundedJsonText(c, matchResponseJson(engine, text, audience), 'select a shorter passage');
  },
);
