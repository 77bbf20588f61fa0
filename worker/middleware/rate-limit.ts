/**
 * Rate limits per client, with Cloudflare's rate-limiting binding (in
 * workerd locally, simulated): every /api request counts against RATE_LIMIT_API,
 * POST /api/check also against the stricter RATE_LIMIT_CHECK. Over the limit:
 * 429, a JSON error that says when to retry, and Retry-After. The window
 * sizes are LIMITS.rateLimits (and wrangler.toml, which binds them).
 */
import type { MiddlewareHandler } from 'hono';
import { LIMITS } from '../../core/api/limits';
import { errorResponse } from '../errors';
import type { AppEnv, Bindings } from '../types';

type Which = keyof typeof LIMITS.rateLimits;
const BINDING = { api: 'RATE_LIMIT_API', check: 'RATE_LIMIT_CHECK' } as const satisfies Record<Which, keyof Bindings>;

/**
 * The client's key: its address (CF-Connecting-IP, set by Cloudflare, never
 * by the client), and for IPv6 its /64 network, since one client holds a
 * whole /64 and could otherwise rotate through it.
 */
export function clientKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export const rateLimit =
  (which: Which): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const limiter = c.env?.[BINDING[which]];
    const ip = c.req.header('CF-Connecting-IP');
    // Without a client address there is no one to count: on Cloudflare every request has one.
    if (!limiter || !ip || c.env?.RATE_LIMITS === 'off') return next();
    let allowed = true;
    try {
      allowed = (await limiter.limit({ key: clientKey(ip.trim().slice(0, 64)) })).success;
    } catch (err) {
      // The limiter failing must not take the API down with it: serve, and say so without request data.
      console.error(`wegwijzer: rate limiter ${which} failed (${(err as Error)?.name ?? 'error'})`);
    }
    if (allowed) return next();
    const { periodSeconds } = LIMITS.rateLimits[which];
    const what = which === 'check' ? 'checks' : 'requests';
    return errorResponse(c, 429, 'rate_limited', `Too many ${what} from your address. Try again in ${periodSeconds} seconds.`, {
      'Retry-After': String(periodSeconds),
    });
  };
