import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the React Router plugin is not loaded into tests.
export default defineConfig({
  resolve: { alias: { '#app': fileURLToPath(new URL('./app', import.meta.url)), '#tests': fileURLToPath(new URL('./tests', import.meta.url)) } },
  test: {
    silent: 'passed-only',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['app/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
          globalSetup: ['./tests/global-setup-db.ts'],
          setupFiles: ['./tests/setup-db.ts'],
          // One module graph (so one embedded database) per worker; tests make their own data.
          isolate: false,
          // A fixed key for stored secrets (SECRETS_KEY, decision 0028): tests only.
          env: { DATA_DIR: 'memory://', SECRETS_KEY: 'dGVzdHMtb25seS1zZWNyZXRzLWtleS0zMi1ieXRlcyE=' },
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/e2e/global-setup.ts'],
          // Two files at a time against the one app server; each file seeds its own organisation
          // (freshOrg() in tests/e2e/fixtures.ts), so no file depends on another or on the order.
          fileParallelism: true,
          maxWorkers: 2,
          // Its own group (after the unit tests) when both projects run in one `vitest run`: Vitest
          // refuses two projects with different maxWorkers in the same group.
          sequence: { groupOrder: 1 },
          // expect.poll waits for a page to catch up; its default of 1 s fails on a loaded machine.
          expect: { poll: { timeout: 20_000 } },
          // A guard against a hang, not a speed check: the longest journeys take about 2 minutes on a
          // busy 2-core machine (the foundation journey ran out of 120 s there).
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
