// The webhook events and the exact payload each carries (docs/api.md#webhooks): ids, statuses
// and scores; the contact email only on lead.* and contact.received. Pure and shared.
import { z } from 'zod';

export const WEBHOOK_EVENTS = [
  'lead.created',
  'lead.updated',
  'lead.erased',
  'audit.completed',
  'report.ready',
  'contact.received',
  'consultation.booked',
  'consultation.cancelled',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent by "Send a test event"; never emitted by the site itself. */
export const TEST_EVENT = 'webhook.test';

const id = z.uuid();
const leadFields = {
  leadId: id,
  kind: z.enum(['audit', 'inquiry', 'booking']),
  status: z.string(),
  email: z.email(),
  maturityScore: z.number().int().nullable(),
  priority: z.number().int(),
};

/** The `data` object of each event, the one description of what leaves the site. */
export const EVENT_DATA = {
  'lead.created': z.object(leadFields),
  'lead.updated': z.object(leadFields),
  'lead.erased': z.object({ leadId: id }),
  'audit.completed': z.object({
    auditId: id,
    leadId: id.nullable(),
    maturityScore: z.number().int(),
    tier: z.string(),
  }),
  'report.ready': z.object({ auditId: id, reportUrl: z.url() }),
  'contact.received': z.object({ inquiryId: id, leadId: id.nullable(), inquiryType: z.string(), email: z.email() }),
  'consultation.booked': z.object({ bookingId: id, leadId: id.nullable(), startsAt: z.iso.datetime() }),
  'consultation.cancelled': z.object({ bookingId: id, leadId: id.nullable() }),
} satisfies Record<WebhookEvent, z.ZodType>;

export type EventData<E extends WebhookEvent> = z.infer<(typeof EVENT_DATA)[E]>;

/** The body of every delivery (Standard Webhooks' recommended envelope). */
export function eventEnvelope(type: string, data: unknown, timestamp: Date) {
  return { type, timestamp: timestamp.toISOString(), data };
}
