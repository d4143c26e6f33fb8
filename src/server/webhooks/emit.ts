// Events to webhooks: one delivery per subscribed active endpoint, each sent by the job queue.
// The data is parsed with the event's schema, which drops any field it does not list, so a
// payload never carries more personal data than docs/api.md says. Never fails the caller's flow.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Db } from '@/server/db/client';
import type { Prisma } from '@/server/db/generated/client';
import { enqueue } from '@/server/jobs/enqueue';
import { QUEUES } from '@/server/jobs/queues';
import { logger } from '@/server/logging/logger';
import { EVENT_DATA, eventEnvelope, TEST_EVENT, type EventData, type WebhookEvent } from '@/server/integrations/events';

export function newMessageId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`;
}

type Tx = Prisma.TransactionClient;

async function queueDelivery(
  db: Db | Tx,
  endpointId: string,
  type: string,
  payload: object,
  messageId = newMessageId(),
  inTransaction?: Tx,
) {
  const delivery = await db.webhookDelivery.create({
    data: { endpointId, messageId, eventType: type, payload },
    select: { id: true },
  });
  await enqueue(QUEUES.deliverWebhook, { deliveryId: delivery.id }, inTransaction ? { inTransaction } : {});
  return delivery.id;
}

async function queueEvent<E extends WebhookEvent>(db: Db | Tx, type: E, data: EventData<E>, tx?: Tx) {
  const endpoints = await db.webhookEndpoint.findMany({
    where: { active: true, events: { has: type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return 0;
  const payload = eventEnvelope(type, EVENT_DATA[type].parse(data), new Date());
  for (const endpoint of endpoints) await queueDelivery(db, endpoint.id, type, payload, undefined, tx);
  return endpoints.length;
}

/** Queues the event for every endpoint that subscribed to it, after the flow's own writes. */
export async function emitWebhookEvent<E extends WebhookEvent>(db: Db, type: E, data: EventData<E>): Promise<number> {
  try {
    return await queueEvent(db, type, data);
  } catch (error) {
    logger.error({ err: error, event: type }, 'webhook event not queued');
    return 0;
  }
}

/** The same inside the caller's transaction: the deliveries commit (or roll back) with it. */
export function emitWebhookEventInTx<E extends WebhookEvent>(tx: Tx, type: E, data: EventData<E>): Promise<number> {
  return queueEvent(tx, type, data, tx);
}

/** "Send a test event" of the admin page. */
export function sendTestEvent(db: Db, endpointId: string) {
  const payload = eventEnvelope(TEST_EVENT, { message: 'A test event from XTeam.Pro' }, new Date());
  return queueDelivery(db, endpointId, TEST_EVENT, payload);
}

/** Sends a delivery again as a new attempt series, with the same webhook-id (receivers deduplicate). */
export async function resendDelivery(db: Db, deliveryId: string) {
  const original = await db.webhookDelivery.findUnique({ where: { id: deliveryId } });
  if (!original) return null;
  return queueDelivery(db, original.endpointId, original.eventType, original.payload as object, original.messageId);
}
