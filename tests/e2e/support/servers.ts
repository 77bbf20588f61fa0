/**
 * Local servers for the browser tests: the fixture pages, and a counting
 * proxy in front of the worker (to prove no request is made before the user
 * acts, and to take the API away for the private-mode test).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
}

export async function serveFixtures(dir: string) {
  const server = createServer((req, res) => {
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
    const upstream = httpRequest(target + req.url, { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
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
