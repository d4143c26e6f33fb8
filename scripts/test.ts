// `npm test`: typecheck, lint, unit tests, then integration and end-to-end tests against a
// production build served by scripts/serve.ts on a database of this run's own (embedded unless
// DATABASE_URL is set; a scratch database on that server then). Nothing is shared with dev data.
//   npm test                      everything
//   npm test -- --only e2e        one stage: static | unit | integration | e2e
//   npm test -- --only integration --only e2e --files leads   only test files matching "leads"
//   npm run test:visual:update    rewrite the visual baselines (then look at them before committing)
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { withAppUnderTest } from './lib/app-under-test';
import { step } from './lib/log';
import { BIN } from './lib/paths';
import { run } from './lib/processes';
import { runLabelled } from './lib/run-labelled';

const STAGES = ['static', 'unit', 'integration', 'e2e'] as const;
type Stage = (typeof STAGES)[number];
const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    files: { type: 'string', multiple: true },
    // Rewrites the visual baselines (e2e/visual.spec.ts-snapshots) with what the pages look like now.
    'update-snapshots': { type: 'boolean', default: false },
  },
});
// Filters on test file names, passed to vitest and Playwright as they are.
const fileFilters = (values.files as string[] | undefined) ?? [];
const selected = new Set<Stage>((values.only as Stage[] | undefined) ?? STAGES);
const started = Date.now();

async function againstRunningApp(stages: Stage[], checks: Promise<void>) {
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
    // Workers beat every 2 s, so a hung worker shows in /api/health within 6 s. Not every second:
    // the worker runs niced, and on two saturated cores it missed three 1-s beats in a row (the
    // status page then said "Reports and emails: unavailable" to a browser test).
    WORKER_HEARTBEAT_SECONDS: '2',
    // The metrics test scrapes /api/metrics with it (tests/integration/metrics.test.ts).
    METRICS_TOKEN: randomBytes(24).toString('base64url'),
    // The webhook test's receiver listens on loopback: the SSRF guard lets only this address in,
    // and retries start after 1 s (1, 2, 4 s...) so the test sees the schedule in seconds.
    WEBHOOK_ALLOWED_PRIVATE_RANGES: '127.0.0.1/32',
    WEBHOOK_RETRY_BASE_SECONDS: '1',
  };
  await withAppUnderTest(serverEnv, async (_baseUrl, env) => {
    await checks;
    // The tests read the database URL and the run's admin from the environment.
    Object.assign(process.env, env);
    const integration = stages.includes('integration');
    const e2e = stages.includes('e2e');
    // Integration tests and browser journeys share no state but the app, and both spend much
    // of their time waiting on it: they run at the same time. The tests that restart the
    // database or kill the workers (integration-disruptive) run alone afterwards.
    const vitest = (project: string) => ['run', '--project', project, '--passWithNoTests', ...fileFilters];
    const playwright = ['test', ...fileFilters, ...(values['update-snapshots'] ? ['--update-snapshots'] : [])];
    if (integration && e2e) {
      step('integration tests and end-to-end tests (Chromium), side by side');
      const outcomes = await Promise.allSettled([
        runLabelled('integration', BIN('vitest'), vitest('integration'), env),
        runLabelled('e2e', BIN('playwright'), playwright, env),
      ]);
      const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
      if (failures.length) throw new Error(failures.map((failure) => String(failure)).join('\n'));
    } else if (integration) {
      step('integration tests');
      await run(BIN('vitest'), vitest('integration'), env);
    } else if (e2e) {
      step('end-to-end tests (Chromium)');
      await run(BIN('playwright'), playwright, env);
    }
    if (integration) {
      step('integration tests that restart the database or kill the workers');
      await run(BIN('vitest'), vitest('integration-disruptive'), env);
    }
  });
}

/** Typecheck, lint and unit tests: they need no app, so they run while the app is prepared. */
async function checksWithoutApp(labelled: boolean) {
  const exec = (label: string, command: string, args: string[]) =>
    labelled ? runLabelled(label, command, args, process.env) : run(command, args);
  if (selected.has('static')) {
    step('typecheck, lint, format');
    await exec('typecheck', BIN('tsc'), ['--noEmit']);
    await exec('lint', BIN('eslint'), ['.', '--max-warnings=0']);
    await exec('format', BIN('prettier'), ['--check', '--log-level=warn', '.']);
  }
  if (selected.has('unit')) {
    step('unit tests');
    await exec('unit', BIN('vitest'), [
      'run',
      '--project',
      'unit',
      ...(fileFilters.length ? fileFilters : ['--coverage']),
    ]);
  }
}

let failed = false;
try {
  const live = (['integration', 'e2e'] as const).filter((stage) => selected.has(stage));
  // The build and the database's preparation take minutes of mostly one core and disk waits:
  // the checks that need no app run meanwhile, and the live tests start once both are done.
  const checks = checksWithoutApp(live.length > 0);
  checks.catch(() => undefined); // awaited below; this only marks the rejection as handled early
  if (live.length) await againstRunningApp(live, checks);
  else await checks;
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
}
step(`${failed ? 'FAILED' : 'all tests passed'} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(failed ? 1 : 0);
