/** Worker bindings (wrangler.toml [vars] and [[ratelimits]]). */

/** A Cloudflare rate-limiting binding (workers-types' RateLimit, the part we use). */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

export type Bindings = {
  /** Extra allowed CORS origins, comma-separated (e.g. the production extension id). */
  ALLOWED_ORIGINS?: string;
  /** "off" turns the rate limits off (the local load test only); anything else leaves them on. */
  RATE_LIMITS?: string;
  /** Every /api request, per client. */
  RATE_LIMIT_API?: RateLimiter;
  /** POST /api/check, per client: stricter. */
  RATE_LIMIT_CHECK?: RateLimiter;
};

export type AppEnv = { Bindings: Bindings };
