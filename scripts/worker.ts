// The background worker process (`npm run worker`; `npm start`, `npm run dev` and the tests
// start WORKER_CONCURRENCY of them beside the web server and restart them when they crash):
// renders PDF reports, delivers emails, sweeps half-done audits and runs the daily retention job
// from the pg-boss queues.
// SIGINT/SIGTERM finish the current jobs, then exit. A database restart is ridden out (pg-boss
// and Prisma reconnect); an uncaught exception exits with 1 for the supervisor to replace it.
import { setPriority } from 'node:os';
import path from 'node:path';
import { env } from '../src/env';
import { db } from '../src/server/db/client';
import { outboxOnlyTransport, resendTransport } from '../src/server/email/transport';
import { createBoss } from '../src/server/jobs/boss';
import { startHeartbeat } from '../src/server/jobs/heartbeat';
import { QUEUES } from '../src/server/jobs/queues';
import { startWorkers } from '../src/server/jobs/worker';
import { retentionPolicy } from '../src/server/privacy/config';
import { renderOnThread } from '../src/server/reports/render-thread';
import { logger } from '../src/server/logging/logger';
import { fileStorage } from '../src/server/storage';
import { installProcessGuards } from '../src/server/system/process-guards';

const log = logger.child({ process: 'worker', pid: process.pid });
installProcessGuards(log, 'exit');
const transport = env.RESEND_API_KEY ? resendTransport(env.RESEND_API_KEY) : outboxOnlyTransport;
if (!env.RESEND_API_KEY) log.info('RESEND_API_KEY is not set: emails are kept in the outbox (/admin/outbox), not sent');

// Background work yields the CPU to the web server's requests on a shared machine (the main
// thread here; the render thread lowers its own).
if (env.WORKER_NICE > 0) setPriority(env.WORKER_NICE);

// PDFs render on a thread of their own, so emails and heartbeats never wait behind a render.
const bundle = (globalThis as { xteamScriptsBundle?: string }).xteamScriptsBundle;
if (bundle) renderOnThread(path.join(bundle, 'render-thread.mjs'), { nice: env.WORKER_NICE });
else log.warn('not started from the scripts bundle: reports render on the main thread');

const boss = createBoss(env.DATABASE_URL, 'worker');
await boss.start();
const storage = fileStorage();
await startWorkers(boss, {
  db,
  storage,
  transport,
  from: env.EMAIL_FROM,
  log,
  sweepAfterSeconds: env.AUDIT_SWEEP_AFTER_SECONDS,
  retention: retentionPolicy(),
});
// Upserted on every start, so a changed RETENTION_SCHEDULE applies after a restart.
await boss.schedule(QUEUES.retention, env.RETENTION_SCHEDULE, {}, { tz: 'UTC' });
const heartbeat = startHeartbeat(db, env.WORKER_HEARTBEAT_SECONDS, log);
log.info({ storage: storage.name, transport: transport.name, heartbeat: heartbeat.id }, 'worker ready');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // On Ctrl-C the whole terminal group (the database too) gets the signal: connections
    // closing under the stopping worker are expected, not errors.
    boss.removeAllListeners('error');
    boss.on('error', () => {});
    void heartbeat
      .stop()
      .then(() => boss.stop({ graceful: true, wait: true, timeout: 15_000 }))
      .catch((error: unknown) => log.error({ err: error }, 'worker did not stop cleanly'))
      .finally(() => process.exit(0));
  });
}
