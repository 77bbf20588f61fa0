/** POST /api/check {text, audience?}: the checklist check of a whole draft, within what one request may cost. */
import { Hono } from 'hono';
import { CheckRequestSchema } from '../../core/api/contract';
import { checkOversize, LIMITS } from '../../core/api/limits';
import { checkResponse } from '../../core/api/responses';
import { engine } from '../engine';
import { errorResponse } from '../errors';
import { noStore } from '../middleware/cache';
import { limitBody, requireJson } from '../middleware/json-body';
import { rateLimit } from '../middleware/rate-limit';
import { boundedJson } from '../respond';
import type { AppEnv } from '../types';
import { validate } from '../validate';

const SPLIT = 'Split the draft into parts (for example per chapter) and check each part';
const UNITS = { chars: 'characters', words: 'words', sentences: 'sentences' } as const;
const n = (x: number) => x.toLocaleString('en');

export const check = new Hono<AppEnv>().post(
  '/check',
  rateLimit('check'),
  noStore,
  requireJson,
  limitBody(LIMITS.checkBodyBytes, `${SPLIT.toLowerCase()} of at most ${n(LIMITS.checkChars)} characters`),
  validate('json', CheckRequestSchema),
  (c) => {
    const { text, audience } = c.req.valid('json');
    // What one request may cost (the free plan's 10 ms CPU): a longer draft is checked in parts.
    const over = checkOversize(text);
    if (over) {
      const unit = UNITS[over.what];
      return errorResponse(
        c,
        413,
        'payload_too_large',
        `The draft has ${over.what === 'sentences' ? 'about ' : ''}${n(over.count)} ${unit}; one check takes at most ${n(over.limit)}. ${SPLIT}.`,
      );
    }
    return boundedJson(c, checkResponse(engine, text, audience), 'check the draft in smaller parts');
  },
);
