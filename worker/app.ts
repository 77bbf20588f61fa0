/**
 * The Hono app: small route modules under /api, composed here with CORS,
 * rate limits and JSON errors; each route sets its own caching. No logging of
 * request text, no storage.
 */
import { Hono } from 'hono';
import type { RouterRoute } from 'hono/types';
import { DEMO_PAGE } from './demo/page';
import { errorResponse, notFound, onError } from './errors';
import { corsMiddleware } from './middleware/cors';
import { drainUnread } from './middleware/json-body';
import { rateLimit } from './middleware/rate-limit';
import { check } from './routes/check';
import { health } from './routes/health';
import { match } from './routes/match';
import { records } from './routes/records';
import { search } from './routes/search';
import { snapshot } from './routes/snapshot';
import { readme } from '../.generated/readme';
import type { AppEnv } from './types';

const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const app = new Hono<AppEnv>();

app.use('*', async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
});
app.use('*', drainUnread);
app.use('/api/*', corsMiddleware);
app.use('/api/*', rateLimit('api'));

const api = new Hono<AppEnv>()
  .route('/', search)
  .route('/', match)
  .route('/', check)
  .route('/', records)
  .route('/', snapshot)
  .route('/', health);
app.route('/api', api);
app.get('/', (c) => c.html(DEMO_PAGE, 200, { 'Content-Security-Policy': PAGE_CSP }));
app.get('/readme', (c) => c.text(readme, 200, { 'Content-Type': 'text/plain; charset=utf-8' }));

/** The methods each path answers, read from the routes registered above (middleware answers ALL). */
export function allowedMethods(routes: readonly RouterRoute[]): Map<string, string[]> {
  const byPath = new Map<string, Set<string>>();
  for (const { path, method } of routes) {
    if (method === 'ALL') continue;
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method);
    if (method === 'GET') methods.add('HEAD');
    byPath.set(path, methods);
  }
  return new Map([...byPath].map(([path, methods]) => [path, [...methods]]));
}

// Any other method on a known path: 405 with an Allow header.
for (const [path, methods] of allowedMethods(app.routes)) {
  const allow = methods.join(', ');
  app.all(path, (c) =>
    errorResponse(c, 405, 'method_not_allowed', `${path} answers ${allow} only (got ${c.req.method}).`, { Allow: allow }),
  );
}

app.notFound(notFound);
app.onError(onError);
