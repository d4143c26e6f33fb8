// `npm test`: typecheck, lint, unit tests, then integration and end-to-end tests against a
// production build served by scripts/serve.ts on a database of this run's own (embedded unless
// DATABASE_URL is set; a scratch database on that server then). Nothing is shared with dev data.
//   npm test                      everything
//   npm test -- --only e2e        one stage: static | unit | integration | e2e
//   npm test -- --only integration --only e2e --files leads   only test files matching "leads"
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { withAppUnderTest } from './lib/app-under-test';
import { step } from './lib/log';
import { BIN } from './lib/paths';
import { run } from './lib/processes';

const STAGES = ['static', 'unit', 'integration', 'e2e'] as const;
type Stage = (typeof STAGES)[number];
const { values } = parseArgs({
  options: { only: { type: 'string', multiple: true }, files: { type: 'string', multiple: true } },
});
// Filters on test file names, passed to vitest and Playwright as they are.
const fileFilters = (values.files as string[] | undefined) ?? [];
const selected = new Set<Stage>((values.only as Stage[] | undefined) ?? STAGES);
const started = Date.now();

async function staticChecks() {
  step('typecheck');
  await run(BIN('tsc'), ['--noEmit']);
  step('lint');
  await run(BIN('eslint'), ['.', '--max-warnings=0']);
  step('format');
  await run(BIN('prettier'), ['--check', '--log-level=warn', '.']);
}

async function againstRunningApp(stages: Stage[]) {
  // Credentials of this run only; the tests sign in with them.
  process.env.ADMIN_EMAIL = `admin-${randomBytes(3).toString('hex')}@test.xteam.pro`;
  process.env.ADMIN_PASSWORD = randomBytes(18).toString('base64url');
  const serverEnv = {
    // Low enough for the rate-limit tests to reach, high enough for the browser journeys.
    AUDIT_SUBMITS_PER_IP_PER_HOUR: '20',
    AUDIT_DRAFTS_PER_IP_PER_HOUR: '500',
    // The test runner plays the one trusted proxy: each test's X-Forwarded-For is its own
    // client, so budgets of one test do not run out in another. tests/security starts a
    // second server with the default (no proxy) to prove forged headers are ignored there.
    TRUSTED_PROXY_HOPS: '1',
    // A partner origin the cross-site tests expect to be let in.
    ALLOWED_ORIGINS: 'https://partner.test.xteam.pro',
    // Slow enough that a browser under test load still sees the cards arrive one by one.
    AI_OFFLINE_CHUNK_DELAY_MS: '40',
    // Browsers under parallel test load can take a while to open the results page.
    AI_WAIT_FOR_WATCHER_MS: '20000',
    // Workers beat every second, so a killed worker shows in /api/health within 3 s.
    WORKER_HEARTBEAT_SECONDS: '1',
    // The metrics test scrapes /api/metrics with it (tests/integration/metrics.test.ts).
    METRICS_TOKEN: randomBytes(24).toString('base64url'),
    // The webhook test's receiver listens on loopback: the SSRF guard lets only this address in,
    // and retries start after 1 s (1, 2, 4 s...) so the test sees the schedule in seconds.
    WEBHOOK_ALLOWED_PRIVATE_RANGES: '127.0.0.1/32',
    WEBHOOK_RETRY_BASE_SECONDS: '1',
  };
  await withAppUnderTest(serverEnv, async (_baseUrl, env) => {
    // The tests read the database URL and the run's admin from the environment.
    Object.assign(process.env, env);
    if (stages.includes('integration')) {
      step('integration tests');
      await run(BIN('vitest'), ['run', '--project', 'integration', ...fileFilters], env);
    }
    if (stages.includes('e2e')) {
      step('end-to-end tests (Chromium)');
      await run(BIN('playwright'), ['test', ...fileFilters], env);
    }
  });
}

let failed = false;
try {
  if (selected.has('static')) await staticChecks();
  if (selected.has('unit')) {
    step('unit tests');
    await run(BIN('vitest'), ['run', '--project', 'unit', ...(fileFilters.length ? fileFilters : ['--coverage'])]);
  }
  const live = (['integration', 'e2e'] as const).filter((stage) => selected.has(stage));
  if (live.length) await againstRunningApp(live);
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
}
step(`${failed ? 'FAILED' : 'all tests passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
