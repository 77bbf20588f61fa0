/**
 * CORS for the extension's origins and localhost during development, plus a
 * configured list (ALLOWED_ORIGINS, comma-separated) for production. No other
 * web origin ever gets an Access-Control-Allow-Origin header.
 */
import { cors } from 'hono/cors';
import type { Bindings } from '../types';

const EXTENSION = /^(chrome-extension|moz-extension|safari-web-extension):\/\/[a-z0-9-]+$/i;
const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export function isAllowedOrigin(origin: string, configured: string | undefined): boolean {
  if (EXTENSION.test(origin) || LOCALHOST.test(origin)) return true;
  return (configured ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .includes(origin);
}

export const corsMiddleware = cors({
  origin: (origin, c) => (origin && isAllowedOrigin(origin, (c.env as Bindings | undefined)?.ALLOWED_ORIGINS) ? origin : null),
  allowMethods: ['GET', 'POST', 'OPTIONS'],
  allowHeaders: ['Content-Type', 'If-None-Match'],
  exposeHeaders: ['ETag'],
  maxAge: 86400,
});
