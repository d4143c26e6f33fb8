// `npm run bench`: starts the production build on a database of its own (like npm test) and
// prints latency and throughput figures. Loopback only; every loop is bounded.
//   npm run bench -- --requests 300 --concurrency 8
//   npm run bench -- --only perf       pages and APIs at 50 connections beside a build asset and a
//                                      bare route handler, first-load JS, memory, PDF p50/p99
//                                      (--perf-seconds per row, default 10)
//   npm run bench -- --only admin      one group: perf | reports | audit | drain | multi | outbox | admin | fuzz
//                                      (admin: 100k audits; outbox: 10k emails, search within 200 ms;
//                                      fuzz: tests/security/fuzz.test.ts, 20 times longer)
//   npm run bench -- --only multi      two instances: 50 visitors for 60 s (--visitors, --seconds)
//   npm run bench -- --only drain --drain-audits 200   queue drain with fewer audits (default 1000)
//   npm run bench -- --only migrate-loop   `npm run db:migrate` 50 times (--migrate-runs), then
//                                          10 times with --force (--migrate-forced-runs); no app
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { benchAdminScale } from './bench/admin-scale';
import { benchAuditSubmit } from './bench/audit-submit';
import { benchMigrateLoop } from './bench/migrate-loop';
import { benchQueueDrain } from './bench/queue-drain';
import { benchRecommendationStream } from './bench/recommendation-stream';
import { benchMultiInstance } from './bench/multi-instance';
import { benchOutboxSearch, OUTBOX_SEARCH_TARGET_MS } from './bench/outbox-search';
import { benchPerf } from './bench/perf';
import { benchHealthWhileRendering, benchReportRender } from './bench/reports';
import { printTable } from './bench/stats';
import { withAppUnderTest } from './lib/app-under-test';
import { migrateAndSeed, prepareEnvironment } from './lib/prepare';
import { step } from './lib/log';
import { BIN } from './lib/paths';
import { run } from './lib/processes';
import { signInForBench } from './bench/sign-in';

const GROUPS = ['perf', 'reports', 'audit', 'drain', 'multi', 'outbox', 'admin', 'fuzz', 'migrate-loop'] as const;
/** Groups that need the app (a build, a server, a worker); the others need a database only. */
const APP_GROUPS = GROUPS.filter((group) => group !== 'migrate-loop');
const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    only: { type: 'string', multiple: true },
    visitors: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    'drain-audits': { type: 'string', default: '1000' },
    'perf-seconds': { type: 'string', default: '10' },
    'migrate-runs': { type: 'string', default: '50' },
    'migrate-forced-runs': { type: 'string', default: '10' },
  },
});
const groups = new Set((values.only as (typeof GROUPS)[number][] | undefined) ?? GROUPS);
const requests = Math.min(5000, Number(values.requests));
const concurrency = Math.min(64, Number(values.concurrency));

// The run's own admin, as npm test does, so the admin benchmarks can sign in.
process.env.ADMIN_EMAIL = `bench-${randomBytes(3).toString('hex')}@test.xteam.pro`;
process.env.ADMIN_PASSWORD = randomBytes(18).toString('base64url');

let failed = false;
try {
  if (groups.has('migrate-loop')) {
    const database = await prepareEnvironment('ephemeral');
    try {
      await migrateAndSeed();
      const figures = await benchMigrateLoop(database.url, {
        runs: Math.min(500, Number(values['migrate-runs'])),
        forcedRuns: Math.min(100, Number(values['migrate-forced-runs'])),
      });
      if (figures.some((figure) => figure.failures > 0)) failed = true;
    } finally {
      await database.stop();
    }
  }
  if (APP_GROUPS.some((group) => groups.has(group)))
    await withAppUnderTest(
      {
        // The benchmark measures the work, not the limiter refusing it.
        AUDIT_SUBMITS_PER_IP_PER_HOUR: '1000000',
        AUDIT_DRAFTS_PER_IP_PER_HOUR: '1000000',
        // The benchmark plays a trusted proxy: its X-Forwarded-For spreads the load over clients.
        TRUSTED_PROXY_HOPS: '1',
      },
      async (baseUrl, env) => {
        if (groups.has('perf')) {
          // First, on an idle server: the other groups leave queued work behind.
          step('pages and APIs at 50 connections, first-load JS, memory, PDF render');
          if (!(await benchPerf(baseUrl, Math.min(60, Number(values['perf-seconds']))))) failed = true;
        }
        if (groups.has('reports')) {
          // Reports first: every audit submitted later queues a report of its own.
          step('PDF reports');
          printTable([await benchReportRender(20)]);
          await benchHealthWhileRendering(baseUrl, env.DATABASE_URL!, 10);
        }
        if (groups.has('audit')) {
          step(`benchmarking ${baseUrl}: ${requests} requests per benchmark, ${concurrency} in flight`);
          printTable(await benchAuditSubmit(baseUrl, requests, concurrency));
          await benchRecommendationStream(baseUrl, Math.min(40, requests), 4);
        }
        if (groups.has('drain')) {
          // 1,000 audits queue 1,000 renders and 2,000 emails: minutes of work per phase.
          step('queue drain after a burst of audits, 1 and 2 workers');
          await benchQueueDrain(baseUrl, env, Math.min(5000, Number(values['drain-audits'])));
        }
        if (groups.has('multi')) {
          const visitors = Math.min(100, Number(values.visitors));
          const seconds = Math.min(300, Number(values.seconds));
          if (!(await benchMultiInstance(baseUrl, env, { visitors, seconds })))
            throw new Error('two instances: a 5xx answer or a lost audit');
        }
        if (groups.has('fuzz')) {
          // The fuzz test of npm test, with 20 times the inputs and time budget.
          step('fuzzing every public endpoint and procedure (long run)');
          Object.assign(process.env, env);
          await run(BIN('vitest'), ['run', '--project', 'integration', 'tests/security/fuzz.test.ts'], {
            ...env,
            FUZZ_SCALE: '20',
          });
        }
        if (groups.has('outbox')) {
          step(`outbox search at 10,000 messages (target: ${OUTBOX_SEARCH_TARGET_MS} ms)`);
          const cookie = await signInForBench(baseUrl, process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!);
          const results = await benchOutboxSearch(baseUrl, env.DATABASE_URL!, { cookie });
          if (results.some((r) => r.errors > 0 || r.p95 > OUTBOX_SEARCH_TARGET_MS)) failed = true;
        }
        if (groups.has('admin')) {
          // Last: it fills the database with 100,000 audits.
          step('admin area at 100,000 audits');
          const cookie = await signInForBench(baseUrl, process.env.ADMIN_EMAIL!, process.env.ADMIN_PASSWORD!);
          await benchAdminScale(baseUrl, env.DATABASE_URL!, { cookie });
        }
      },
    );
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
}
process.exit(failed ? 1 : 0);
