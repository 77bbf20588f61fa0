/**
 * The Hono app: small route modules under /api, composed here with CORS,
 * conditional GETs and JSON errors. No logging of request text, no storage.
 */
import { Hono } from 'hono';
import { DEMO_PAGE } from './demo/page';
import { etag } from './engine';
import { errorResponse, notFound, onError } from './errors';
import { conditionalGet } from './middleware/cache';
import { corsMiddleware } from './middleware/cors';
import { check } from './routes/check';
import { health } from './routes/health';
import { match } from './routes/match';
import { records } from './routes/records';
import { search } from './routes/search';
import { snapshot } from './routes/snapshot';
import { readme } from '../.generated/readme';
import type { AppEnv } from './types';

/** Which methods each route answers, for 405s with an Allow header. */
const ROUTES: Record<string, string> = {
  '/api/search': 'GET',
  '/api/match': 'POST',
  '/api/check': 'POST',
  '/api/interventions': 'GET',
  '/api/interventions/:id': 'GET',
  '/api/guidance': 'GET',
  '/api/checklist': 'GET',
  '/api/taxonomy': 'GET',
  '/api/index': 'GET',
  '/api/health': 'GET',
};

const DATA_CACHE = 'public, max-age=300, must-revalidate';
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const app = new Hono<AppEnv>();

app.use('*', async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
});
app.use('/api/*', corsMiddleware);
const cached = conditionalGet(etag, DATA_CACHE);
app.on(['GET', 'HEAD'], '/api/*', async (c, next) => (c.req.path === '/api/health' ? next() : cached(c, next)));

const api = new Hono<AppEnv>().route('/', search).route('/', match).route('/', check).route('/', records).route('/', snapshot).route('/', health);
app.route('/api', api);

for (const [path, method] of Object.entries(ROUTES)) {
  app.all(path, (c) =>
    errorResponse(c, 405, 'method_not_allowed', `${path} answers ${method} only (got ${c.req.method}).`, { Allow: method === 'GET' ? 'GET, HEAD' : method }),
  );
}

app.get('/', (c) => c.html(DEMO_PAGE, 200, { 'Content-Security-Policy': PAGE_CSP }));
app.get('/readme', (c) => c.text(readme, 200, { 'Content-Type': 'text/plain; charset=utf-8' }));

app.notFound(notFound);
app.onError(onError);
