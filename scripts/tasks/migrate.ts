// Applies Prisma (schema public) and Payload (schema payload) migrations to DATABASE_URL,
// then checks that every Payload migration is recorded (a silent no-op must not pass).
import '../lib/keep-alive';
import { getPayload, type Migration } from 'payload';
import config from '../../cms/payload.config';
import { migrations } from '../../cms/migrations';
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

await migratePrisma();
await migratePayload();
step('migrations: up to date');
// Payload keeps timers and pools alive after destroy(); this task is done.
process.exit(0);
