/** zod validation at the edge, with errors in the API's shape. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type * as z from 'zod/mini';
import { describeIssues, errorResponse } from './errors';

export const validate = <T extends z.ZodMiniType, Target extends keyof ValidationTargets>(target: Target, schema: T) =>
  zValidator(target, schema, (result, c) => {
    if (!result.success) return errorResponse(c, 400, 'invalid_request', describeIssues(result.error));
  });
