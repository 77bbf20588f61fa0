/**
 * Starts `wrangler dev` (workerd, local only) as a child process and waits
 * until /api/health answers. Used by `npm run worker`, `npm start`, the
 * browser tests, the load test and the HTTP benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../kb-files';

export interface RunningWorker {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  port?: number;
  /** A wrangler config other than ./wrangler.toml. */
  config?: string;
  /** Where to run wrangler (tests run a copy of the worker with test data). */
  cwd?: string;
  /** Pass wrangler's output through (npm run worker), or keep it for errors only. */
  inherit?: boolean;
  timeoutMs?: number;
  /** Worker vars for this run (`wrangler dev --var`), e.g. { RATE_LIMITS: 'off' } for a load test from one address. */
  vars?: Record<string, string>;
}

/** Free ports are found, closed, then handed to wrangler: another process may take one in between. */
class PortTaken extends Error {}
const ATTEMPTS = 3;

export async function startWorker(opts: StartOptions = {}): Promise<RunningWorker> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(opts);
    } catch (e) {
      // A port of our own choosing was taken meanwhile: choose again. A port the caller asked for is theirs to mend.
      if (!(e instanceof PortTaken) || opts.port !== undefined || attempt === ATTEMPTS) throw e;
    }
  }
}

async function startOnce(opts: StartOptions): Promise<RunningWorker> {
  const port = opts.port ?? (await freePort());
  // Its own inspector port too: two workers started side by side (tests, bench) would clash on the default.
  const args = [
    'dev',
    '--port',
    String(port),
    '--ip',
    '127.0.0.1',
    '--inspector-port',
    String(await freePort()),
    '--show-interactive-dev-session=false',
  ];
  if (opts.config) args.push('--config', opts.config);
  for (const [key, value] of Object.entries(opts.vars ?? {})) args.push('--var', `${key}:${value}`);
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'wrangler'), args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    stdio: opts.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32', // its own process group, so stop() ends workerd too
  });
  let output = '';
  child.stdout?.on('data', (d) => (output = (output + d).slice(-4000)));
  child.stderr?.on('data', (d) => (output = (output + d).slice(-4000)));

  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 3000).unref();
    });

  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const message = `wrangler dev exited (${child.exitCode}):\n${output}`;
      throw /Address already in use/.test(output) ? new PortTaken(message) : new Error(message);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { url, port, child, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not answer on ${url} in time:\n${output}`);
}
