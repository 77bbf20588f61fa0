/**
 * Four test projects:
 *   unit       core (analysis, engine, schemas) and scripts, in Node
 *   worker     the Hono app inside workerd (@cloudflare/vitest-pool-workers)
 *   extension  components and background logic (WXT's fakeBrowser, happy-dom)
 *   e2e        the built extension in Debian's Chromium against a real `wrangler dev`
 */
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { defineConfig } from 'vitest/config';

/** `@@/…` is the repository root, as in the extension (WXT) and in tsconfig: no deep relative imports in tests. */
const resolve = { alias: { '@@': import.meta.dirname } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['tests/worker/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
        // WXT's plugin brings its own aliases: `@/` (extension/) and `@@/`.
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['tests/extension/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          // No retry: the one-in-three hang was Chromium dropping its acknowledgement of the input
          // that closed the panel; tests close it with pressToClose/clickToClose (support/browser.ts).
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
