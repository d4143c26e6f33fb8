// pg-boss instances. The web process only enqueues (no maintenance, no polling); the worker
// process (scripts/worker.ts) runs the handlers and pg-boss's maintenance.
import 'server-only';
import PgBoss from 'pg-boss';
import { logger } from '@/server/logging/logger';
import { BOSS_SCHEMA } from './queues';

export type BossRole = 'producer' | 'worker' | 'migrator';

export function createBoss(connectionString: string, role: BossRole, schema = BOSS_SCHEMA): PgBoss {
  const boss = new PgBoss({
    connectionString,
    schema,
    application_name: `xteam-${role}`,
    max: role === 'worker' ? 4 : 2,
    migrate: role === 'migrator',
    supervise: role === 'worker',
    // Workers turn cron schedules (the sweeper, the daily retention run) into jobs; pg-boss sends each due job once.
    schedule: role === 'worker',
  });
  boss.on('error', (error) => logger.error({ err: error, role }, 'job queue error'));
  return boss;
}

const globalForBoss = globalThis as unknown as { jobProducer?: Promise<PgBoss> };

/** The web process's producer, started once on first use. */
export function jobProducer(connectionString: string): Promise<PgBoss> {
  globalForBoss.jobProducer ??= createBoss(connectionString, 'producer')
    .start()
    .catch((error: unknown) => {
      globalForBoss.jobProducer = undefined;
      throw error;
    });
  return globalForBoss.jobProducer;
}
