// Vitest: `unit` tests beside the code (pure, no I/O) and `integration` tests in tests/
// against the real PostgreSQL and the running app (started by scripts/test.ts).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname, 'src'),
  '@cms': path.resolve(import.meta.dirname, 'cms'),
  '@payload-config': path.resolve(import.meta.dirname, 'cms/payload.config.ts'),
  // Tests are server code; `server-only` would refuse to load outside React Server Components.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty-module.ts'),
};

const INTEGRATION = ['tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'];
// These restart the database under the app, kill its workers, set every other admin aside for
// a moment (the last-admin rule), edit shared content, or count every row of a table (a test
// beside them would change the count, e.g. "a refused request creates nothing"): they run alone,
// after the rest and the browser journeys.
const DISRUPTIVE = [
  'tests/integration/resilience.test.ts',
  'tests/integration/worker-supervision.test.ts',
  'tests/integration/staff-accounts.test.ts',
  'tests/integration/backup.test.ts',
  'tests/integration/audit-api.test.ts',
  'tests/integration/contact-api.test.ts',
  // Edits shared CMS content for a moment (an industry's label, a package's name, the address in
  // every footer): a browser journey beside it read "Industry 3f2a…" for "Manufacturing".
  'tests/integration/multi-instance.test.ts',
];

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/support/retried-tests-reporter.ts'],
    // The scoring and ROI engine is the product's heart: the seed asks 95% for critical paths.
    coverage: {
      provider: 'v8',
      include: ['src/domain/**/*.ts'],
      exclude: ['**/*.test.ts', '**/*.test-support.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 95, statements: 95, functions: 95, branches: 95 },
    },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'cms/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: INTEGRATION,
          exclude: DISRUPTIVE,
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files share the app but no state (each test makes its own records and client address).
          maxWorkers: 2,
          // One module graph per worker, not per file: every file re-imported Prisma, the server
          // code and Payload (and initialised Payload again), about two minutes of CPU a run.
          // No integration test mocks modules or changes the environment.
          isolate: false,
          // On CI (as Playwright does) a test that timed out beside the browser journeys runs once
          // more; a real failure fails twice. Local runs never retry.
          retry: process.env.CI ? 1 : 0,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration-disruptive',
          include: DISRUPTIVE,
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
