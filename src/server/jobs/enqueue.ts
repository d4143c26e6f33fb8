// Enqueueing from the app. `inTransaction` puts the job in the same database transaction as
// the row it is about (e.g. an outbox message), so both exist or neither does.
import 'server-only';
import type PgBoss from 'pg-boss';
import { env } from '@/env';
import type { Db } from '@/server/db/client';
import { jobProducer } from './boss';
import type {
  DeliverEmailJob,
  FollowUpAuditJob,
  DeliverWebhookJob,
  QueueName,
  RenderReportJob,
  RetentionJob,
  SubmitDeferredJob,
  SweepAuditsJob,
} from './queues';
import { BOSS_SCHEMA } from './queues';

type Payloads = {
  'report.render': RenderReportJob;
  'email.deliver': DeliverEmailJob;
  'audits.sweep': SweepAuditsJob;
  'privacy.retention': RetentionJob;
  'audit.submit-deferred': SubmitDeferredJob;
  'webhook.deliver': DeliverWebhookJob;
  'audit.follow-up': FollowUpAuditJob;
};
type Tx = Pick<Db, '$queryRawUnsafe'>;

/** pg-boss's database interface over a Prisma transaction. */
function prismaExecutor(tx: Tx): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }),
  };
}

export async function enqueue<Q extends QueueName>(
  queue: Q,
  data: Payloads[Q],
  options: PgBoss.SendOptions & { inTransaction?: Tx; producer?: PgBoss } = {},
): Promise<string | null> {
  const { inTransaction, producer, ...sendOptions } = options;
  const boss = producer ?? (await jobProducer(env.DATABASE_URL));
  return boss.send(queue, data as object, {
    ...sendOptions,
    ...(inTransaction ? { db: prismaExecutor(inTransaction) } : {}),
  });
}

export interface JobInsert {
  text: string;
  values: unknown[];
}

/**
 * pg-boss's own statement inserting a job (captured from `send`, not run), for a caller that
 * runs it inside one statement of its own, beside the row the job is about: one round trip,
 * and the row and its job exist together or not at all. pg-boss 10 inserts a job with a single
 * `INSERT ... ON CONFLICT DO NOTHING RETURNING id`; anything else (a future version) is refused
 * here rather than run half-understood.
 */
export async function jobInsert<Q extends QueueName>(
  queue: Q,
  data: Payloads[Q],
  options: PgBoss.SendOptions & { producer?: PgBoss } = {},
): Promise<JobInsert> {
  const { producer, ...sendOptions } = options;
  const boss = producer ?? (await jobProducer(env.DATABASE_URL));
  let captured: JobInsert | null = null;
  await boss.send(queue, data as object, {
    ...sendOptions,
    db: {
      executeSql: async (text, values) => {
        captured = { text, values };
        return { rows: [{ id: 'captured' }] };
      },
    },
  });
  const statement = captured as JobInsert | null;
  if (!statement || !/^\s*INSERT INTO\b/i.test(statement.text) || /;\s*\S/.test(statement.text))
    throw new Error('pg-boss no longer inserts a job with one INSERT statement');
  return statement;
}

/**
 * Raises the priority of a job that already waits under `singletonKey` (a singleton or stately
 * queue refuses a second one, so an urgent request would otherwise wait behind the whole queue).
 * Returns whether a waiting job was found.
 */
export async function raiseWaitingPriority(
  queue: QueueName,
  singletonKey: string,
  priority: number,
  { producer, schema = BOSS_SCHEMA }: { producer?: PgBoss; schema?: string } = {},
): Promise<boolean> {
  const boss = producer ?? (await jobProducer(env.DATABASE_URL));
  const { rows } = await boss.getDb().executeSql(
    `UPDATE ${schema}.job SET priority = $3
      WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry') AND priority < $3
      RETURNING id`,
    [queue, singletonKey, priority],
  );
  return rows.length > 0;
}
