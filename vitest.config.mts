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

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['tests/worker/**/*.test.ts'], testTimeout: 60_000 },
      },
      {
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
        test: {
          name: 'e2e',
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
