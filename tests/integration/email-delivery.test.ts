// Email delivery through the real queue (pg-boss on this run's PostgreSQL, in a schema of this
// test's own so the app's worker does not take its jobs): retries with backoff, permanent
// failures, and no message lost when the process restarts between queueing and sending.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/server/db/client';
import { queueEmail } from '@/server/email';
import { AuditReportEmail } from '@/server/email/templates/audit-report';
import {
  PermanentEmailError,
  outboxOnlyTransport,
  type EmailTransport,
  type OutgoingEmail,
} from '@/server/email/transport';
import { createBoss } from '@/server/jobs/boss';
import { QUEUES, ensureQueues } from '@/server/jobs/queues';
import { startWorkers } from '@/server/jobs/worker';
import { logger } from '@/server/logging/logger';
import { localStorage } from '@/server/storage/local';
import { waitFor } from '../support/wait';

const schema = `pgboss_test_${randomBytes(4).toString('hex')}`;
const connection = process.env.DATABASE_URL!;
const storage = localStorage(mkdtempSync(path.join(tmpdir(), 'email-it-')));
const running: PgBoss[] = [];
let producer: PgBoss;

async function boss(role: 'producer' | 'worker' | 'migrator') {
  const instance = createBoss(connection, role, schema);
  await instance.start();
  running.push(instance);
  return instance;
}

async function worker(transport: EmailTransport) {
  const instance = await boss('worker');
  await startWorkers(instance, {
    db,
    storage,
    transport,
    from: 'XTeam.Pro <hello@xteam.pro>',
    log: logger,
    queues: ['emails'],
  });
  return instance;
}

function message(to: string) {
  return {
    kind: 'test',
    to,
    subject: 'Your AI process audit',
    body: createElement(AuditReportEmail, {
      company: 'Acme',
      score: 42,
      tier: 'Standardized',
      resultsUrl: 'https://xteam.pro/audit/results/x',
      bookingUrl: 'https://xteam.pro/consultation?audit=x',
      topRecommendations: [],
      annualSavings: 'EUR 1',
    }),
    attachments: [{ filename: 'invite.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR') }],
  };
}

const delivered = (id: string, status: string) =>
  waitFor(
    async () => {
      const row = await db.emailMessage.findUnique({ where: { id } });
      return row?.status === status ? row : null;
    },
    { timeoutMs: 25_000, what: `message ${id} to be ${status}` },
  );

beforeAll(async () => {
  producer = await boss('migrator');
  // Short, fixed delays so retries happen within the test.
  await ensureQueues(producer, {
    [QUEUES.deliverEmail]: { retryLimit: 2, retryDelay: 1, retryBackoff: false, expireInSeconds: 30 },
    [QUEUES.renderReport]: { retryLimit: 0 },
  });
});

afterAll(async () => {
  for (const instance of running) await instance.stop({ graceful: false, wait: true }).catch(() => {});
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe('email delivery', () => {
  it('retries a transport that fails twice, then records the provider id', async () => {
    const calls: OutgoingEmail[] = [];
    const flaky: EmailTransport = {
      name: 'flaky',
      async send(email) {
        calls.push(email);
        if (calls.length <= 2) throw new Error('503 upstream unavailable');
        return { status: 'sent', providerId: 're_123' };
      },
    };
    const running = await worker(flaky);
    const { id } = await queueEmail(message('retry@example.com'), { producer });
    const row = await delivered(id, 'sent');
    expect(calls).toHaveLength(3);
    expect(row.attempts).toBe(3);
    expect(row.providerId).toBe('re_123');
    expect(row.lastError).toBeNull();
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(calls[2]!.attachments[0]!.content.toString()).toBe('BEGIN:VCALENDAR');
    expect(calls[2]!.idempotencyKey).toBe(`email-${id}`);
    await running.stop({ graceful: true, wait: true });
  }, 40_000);

  it('marks a permanent failure at once, and a transient one after the last retry', async () => {
    const rejecting: EmailTransport = {
      name: 'rejecting',
      async send(email) {
        if (email.to.startsWith('invalid')) throw new PermanentEmailError('invalid_to_address: bad recipient');
        throw new Error('timeout');
      },
    };
    const running = await worker(rejecting);
    const permanent = await queueEmail(message('invalid@example.com'), { producer });
    const transient = await queueEmail(message('down@example.com'), { producer });
    const rejected = await delivered(permanent.id, 'failed');
    expect(rejected.attempts).toBe(1);
    expect(rejected.lastError).toContain('invalid_to_address');
    const exhausted = await delivered(transient.id, 'failed');
    expect(exhausted.attempts).toBe(3);
    expect(exhausted.lastError).toBe('timeout');
    await running.stop({ graceful: true, wait: true });
  }, 40_000);

  it('loses nothing when the process restarts between queueing and sending', async () => {
    // Queued while no worker runs; then the producing process goes away.
    const queuedBy = await boss('producer');
    const { id } = await queueEmail(message('restart@example.com'), { producer: queuedBy });
    await queuedBy.stop({ graceful: false, wait: true });
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id } })).status).toBe('queued');
    // A new process starts its worker: the message is delivered (kept: no provider configured).
    await worker(outboxOnlyTransport);
    const row = await delivered(id, 'kept');
    expect(row.attempts).toBe(1);
    expect(row.transport).toBe('outbox');
  }, 40_000);

  it('queues one message per dedupe key', async () => {
    const key = `dedupe-${randomBytes(4).toString('hex')}`;
    const first = await queueEmail({ ...message('once@example.com'), dedupeKey: key }, { producer });
    const second = await queueEmail({ ...message('once@example.com'), dedupeKey: key }, { producer });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
  });
});
