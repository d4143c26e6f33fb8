// An urgent request for a job that already waits under its singleton key moves that job to the
// front of its queue (a visitor waiting on a PDF download must not wait behind a burst of audits).
// Real pg-boss on this run's PostgreSQL, in a schema of the test's own so no worker takes the jobs.
import { randomBytes } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db/client';
import { createBoss } from '@/server/jobs/boss';
import { enqueue, raiseWaitingPriority } from '@/server/jobs/enqueue';
import { QUEUES, ensureQueues } from '@/server/jobs/queues';

const schema = `pgboss_test_${randomBytes(4).toString('hex')}`;
let boss: PgBoss;

beforeAll(async () => {
  boss = createBoss(process.env.DATABASE_URL!, 'migrator', schema);
  await boss.start();
  await ensureQueues(boss, { [QUEUES.renderReport]: { policy: 'stately', retryLimit: 0 } });
});

afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true }).catch(() => {});
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('raiseWaitingPriority', () => {
  it('moves the waiting render of one audit ahead of older ones', async () => {
    for (const auditId of ['first', 'second', 'third']) {
      await enqueue(QUEUES.renderReport, { auditId }, { singletonKey: auditId, producer: boss });
    }
    // The stately queue refuses a second waiting render for "third"...
    expect(
      await enqueue(QUEUES.renderReport, { auditId: 'third' }, { singletonKey: 'third', priority: 10, producer: boss }),
    ).toBeNull();
    // ...so the urgent request raises the one that waits.
    expect(await raiseWaitingPriority(QUEUES.renderReport, 'third', 10, { producer: boss, schema })).toBe(true);
    expect(await raiseWaitingPriority(QUEUES.renderReport, 'third', 10, { producer: boss, schema })).toBe(false);
    expect(await raiseWaitingPriority(QUEUES.renderReport, 'missing', 10, { producer: boss, schema })).toBe(false);

    const order: string[] = [];
    for (;;) {
      const [job] = await boss.fetch<{ auditId: string }>(QUEUES.renderReport);
      if (!job) break;
      order.push(job.data.auditId);
      await boss.complete(QUEUES.renderReport, job.id);
    }
    expect(order).toEqual(['third', 'first', 'second']);
  });
});
