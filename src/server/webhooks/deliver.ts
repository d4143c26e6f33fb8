// One attempt of a webhook delivery (the webhook.deliver job): guard the destination, sign,
// send, log the attempt, and either finish or schedule the next try on the backoff schedule.
import 'server-only';
import type PgBoss from 'pg-boss';
import type { Db } from '@/server/db/client';
import { enqueue } from '@/server/jobs/enqueue';
import { QUEUES } from '@/server/jobs/queues';
import type { Logger } from '@/server/logging/logger';
import { allowedPrivateRanges, retryPolicy, webhookTimeoutMs } from './config';
import { DestinationRefused, resolveDestination } from './destination';
import { nextRetryDelay } from './schedule';
import { sendWebhook, type SendOutcome } from './send';
import { webhookHeaders } from './signing';

export interface AttemptLog {
  at: string;
  status: number | null;
  latencyMs: number;
  response: string | null;
  error: string | null;
}

const MAX_LOGGED_ATTEMPTS = 20;

async function attempt(url: string, secret: string, messageId: string, body: string): Promise<SendOutcome> {
  try {
    const destination = await resolveDestination(url, allowedPrivateRanges);
    const timestamp = Math.floor(Date.now() / 1000);
    return await sendWebhook(destination, webhookHeaders(secret, messageId, timestamp, body), body, webhookTimeoutMs);
  } catch (error) {
    if (error instanceof DestinationRefused)
      return { status: null, latencyMs: 0, response: null, error: `refused: ${error.reason}` };
    throw error;
  }
}

export async function deliverWebhook(
  db: Db,
  deliveryId: string,
  log: Logger,
  producer?: PgBoss,
): Promise<'succeeded' | 'retrying' | 'failed' | 'skipped'> {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: true } });
  if (!delivery || delivery.status !== 'pending') return 'skipped';
  const body = JSON.stringify(delivery.payload);
  const now = new Date();
  const outcome = delivery.endpoint.active
    ? await attempt(delivery.endpoint.url, delivery.endpoint.secret, delivery.messageId, body)
    : { status: null, latencyMs: 0, response: null, error: 'endpoint disabled' };
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const attempts = delivery.attempts + 1;
  const firstAttemptAt = delivery.firstAttemptAt ?? now;
  // A refused destination or a disabled endpoint is not retried: nothing would change.
  const final = ok || outcome.error?.startsWith('refused:') || !delivery.endpoint.active;
  const delay = final ? null : nextRetryDelay(attempts, firstAttemptAt, new Date(), retryPolicy);
  const status = ok ? 'succeeded' : delay === null ? 'failed' : 'pending';
  const nextAttemptAt = delay === null ? null : new Date(Date.now() + delay * 1000);
  const entry: AttemptLog = { at: now.toISOString(), ...outcome };
  const previous = Array.isArray(delivery.log) ? (delivery.log as unknown as AttemptLog[]) : [];
  await db.webhookDelivery.update({
    where: { id: deliveryId },
    data: {
      status,
      attempts,
      firstAttemptAt,
      nextAttemptAt,
      lastStatusCode: outcome.status,
      lastLatencyMs: outcome.latencyMs,
      lastResponse: outcome.response,
      lastError: outcome.error,
      log: [...previous, entry].slice(-MAX_LOGGED_ATTEMPTS) as unknown as object[],
    },
  });
  if (nextAttemptAt) {
    await enqueue(
      QUEUES.deliverWebhook,
      { deliveryId },
      { startAfter: nextAttemptAt, ...(producer ? { producer } : {}) },
    );
  }
  log.info(
    {
      deliveryId,
      event: delivery.eventType,
      status: outcome.status,
      latencyMs: outcome.latencyMs,
      attempts,
      outcome: status,
    },
    'webhook delivery attempted',
  );
  return ok ? 'succeeded' : status === 'failed' ? 'failed' : 'retrying';
}
