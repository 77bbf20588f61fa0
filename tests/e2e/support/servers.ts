/**
 * Local servers for the browser tests: the fixture pages, and a counting
 * proxy in front of the worker (to prove no request is made before the user
 * acts, and to take the API away for the private-mode test).
 */
import { createReadStream, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { wherePage } from './where-pages';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.pdf': 'application/pdf' };

function listen(server: Server, scheme = 'http'): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`${scheme}://127.0.0.1:${(server.address() as { port: number }).port}`)),
  );
}

/** A route served from memory (a generated PDF, a stand-in for another service); return false to pass. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The generated "where it works" pages (where-pages.ts), under /where/. */
const wherePages: Route = (req, res) => {
  const name = /^\/where\/([\w-]+\.html)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1];
  const html = name && wherePage(name);
  if (!html) return false;
  res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(html);
  return true;
};

export async function serveFixtures(dir: string, routes: Route[] = []) {
  const server = createServer((req, res) => {
    if ([...routes, wherePages].some((route) => route(req, res))) return;
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dir) || !existsSync(path)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  const url = await listen(server);
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Forwards to the worker and counts every request by "METHOD /path". */
export async function countingProxy(target: string) {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const key = `${req.method} ${new URL(req.url ?? '/', 'http://x').pathname}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const upstream = httpRequest(
      target + req.url,
      { method: req.method, headers: { ...req.headers, host: new URL(target).host } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const url = await listen(server);
  let open = true;
  return {
    url,
    counts,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    count: (key: string) => counts.get(key) ?? 0,
    /** Takes the API away: connections are refused from now on. */
    close: () =>
      new Promise<void>((r) => {
        if (!open) return r();
        open = false;
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * An HTTPS server with a self-signed certificate for `host` (made with
 * openssl), for a stand-in of another service: Chromium reaches it under
 * that name with --host-resolver-rules and --ignore-certificate-errors.
 */
export async function serveHttps(host: string, route: Route) {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    if (!route(req, res)) res.writeHead(404).end('not found');
  });
  rmSync(dir, { recursive: true, force: true });
  const url = await listen(server as unknown as Server, 'https');
  return { url, port: Number(new URL(url).port), close: () => new Promise<void>((r) => server.close(() => r())) };
}
