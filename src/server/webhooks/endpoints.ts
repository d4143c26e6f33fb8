// Webhook endpoints as admins manage them: registration (SSRF-checked), enabling, secret
// rotation, the delivery log, resending one delivery and a test event.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import type { WebhookEvent } from '@/server/integrations/events';
import { allowedPrivateRanges } from './config';
import { DestinationRefused, resolveDestination } from './destination';
import { resendDelivery, sendTestEvent } from './emit';
import { newWebhookSecret } from './signing';

async function checkDestination(url: string) {
  try {
    await resolveDestination(url, allowedPrivateRanges);
  } catch (error) {
    if (error instanceof DestinationRefused)
      throw new AppError('VALIDATION_ERROR', `This address cannot receive webhooks: ${error.reason}`, {
        field: 'url',
        reason: error.reason,
      });
    throw error;
  }
}

/** An endpoint as the public API shows it: never its secret (shown once, on creation). */
export function presentEndpoint(endpoint: {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  createdAt: Date;
}) {
  const { id, url, description, events, active, createdAt } = endpoint;
  return { id, url, description, events, active, createdAt: createdAt.toISOString() };
}

export function listEndpoints(db: Db) {
  return db.webhookEndpoint.findMany({ orderBy: { createdAt: 'desc' } });
}

export async function createEndpoint(db: Db, input: { url: string; description?: string; events: WebhookEvent[] }) {
  await checkDestination(input.url);
  return db.webhookEndpoint.create({
    data: { url: input.url, description: input.description ?? null, events: input.events, secret: newWebhookSecret() },
  });
}

async function existing(db: Db, id: string) {
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id } });
  if (!endpoint) throw new AppError('NOT_FOUND', 'No webhook endpoint with this id', { field: 'id' });
  return endpoint;
}

export async function setEndpointActive(db: Db, id: string, active: boolean) {
  const endpoint = await existing(db, id);
  if (active) await checkDestination(endpoint.url);
  return db.webhookEndpoint.update({ where: { id }, data: { active } });
}

export async function deleteEndpoint(db: Db, id: string) {
  await existing(db, id);
  await db.webhookEndpoint.delete({ where: { id } });
  return { id, deleted: true as const };
}

/** A new signing secret, used from the next attempt on; the old one stops at once. */
export async function rotateEndpointSecret(db: Db, id: string) {
  await existing(db, id);
  return db.webhookEndpoint.update({
    where: { id },
    data: { secret: newWebhookSecret(), secretRotatedAt: new Date() },
  });
}

export async function testEndpoint(db: Db, id: string) {
  const endpoint = await existing(db, id);
  await checkDestination(endpoint.url);
  return { deliveryId: await sendTestEvent(db, id) };
}

export async function resend(db: Db, deliveryId: string) {
  const id = await resendDelivery(db, deliveryId);
  if (!id) throw new AppError('NOT_FOUND', 'No delivery with this id', { field: 'id' });
  return { deliveryId: id };
}

export function listDeliveries(db: Db, input: { endpointId?: string; limit: number }) {
  return db.webhookDelivery.findMany({
    where: input.endpointId ? { endpointId: input.endpointId } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
    include: { endpoint: { select: { url: true } } },
  });
}

export async function getDelivery(db: Db, id: string) {
  const delivery = await db.webhookDelivery.findUnique({ where: { id } });
  if (!delivery) throw new AppError('NOT_FOUND', 'No delivery with this id', { field: 'id' });
  return delivery;
}
