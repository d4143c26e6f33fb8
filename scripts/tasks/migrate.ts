// Applies Prisma (schema public), Payload (schema payload) and pg-boss (schema pgboss)
// migrations to DATABASE_URL,
// then checks that every Payload migration is recorded (a silent no-op must not pass).
import { getPayload, type Migration } from 'payload';
import config from '../../cms/payload.config';
import { migrations } from '../../cms/migrations';
import { createBoss } from '../../src/server/jobs/boss';
import { ensureQueues } from '../../src/server/jobs/queues';
import { BIN } from '../lib/paths';
import { run } from '../lib/processes';
import { step } from '../lib/log';

async function migratePrisma() {
  step('prisma: applying migrations');
  await run(BIN('prisma'), ['migrate', 'deploy']);
}

async function migratePayload() {
  step('payload: applying migrations');
  const payload = await getPayload({ config });
  try {
    // The generated index types each migration precisely; the adapter takes the loose form.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] });
    const recorded = await payload.find({ collection: 'payload-migrations', limit: 0, pagination: false });
    const names = new Set(recorded.docs.map((doc) => doc.name));
    const missing = migrations.filter((migration) => !names.has(migration.name)).map((m) => m.name);
    if (missing.length) throw new Error(`Payload migrations not applied: ${missing.join(', ')}`);
  } finally {
    await payload.destroy();
  }
}

async function migrateJobQueue() {
  step('job queue: applying migrations');
  const boss = createBoss(process.env.DATABASE_URL ?? '', 'migrator');
  await boss.start();
  try {
    await ensureQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

await migratePrisma();
await migratePayload();
await migrateJobQueue();
step('migrations: up to date');
// Payload keeps timers and pools alive after destroy(); this task is done.
process.exit(0);
