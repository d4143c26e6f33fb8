// The flows' one-line hooks into webhooks: each reads what its event carries (docs/api.md)
// from the database and emits it. Called after the flow's own writes have committed; a
// failure here is logged and never fails the flow (the visitor's audit or inquiry stands).
import 'server-only';
import type { Db } from '@/server/db/client';
import { logger } from '@/server/logging/logger';
import { reportUrl } from '@/server/audit/urls';
import type { LeadKind, LeadStatus } from '@/server/leads/schema';
import { emitWebhookEvent } from './emit';

const LEAD_SELECT = {
  id: true,
  kind: true,
  status: true,
  email: true,
  maturityScore: true,
  priority: true,
  createdAt: true,
  updatedAt: true,
} as const;

async function leadData(
  db: Db,
  where: { id: string } | { auditId: string } | { inquiryId: string } | { bookingId: string },
) {
  const lead = await db.lead.findFirst({ where, select: LEAD_SELECT });
  if (!lead) return null;
  return {
    lead,
    data: {
      leadId: lead.id,
      kind: lead.kind as LeadKind,
      status: lead.status as LeadStatus,
      email: lead.email,
      maturityScore: lead.maturityScore,
      priority: lead.priority,
    },
  };
}

/** lead.created or lead.updated for the lead (a lead written again by a retry counts as updated). */
async function announceLeadNow(db: Db, leadId: string, change: 'created' | 'updated') {
  const found = await leadData(db, { id: leadId });
  if (found) await emitWebhookEvent(db, change === 'created' ? 'lead.created' : 'lead.updated', found.data);
}

/** The events some active endpoint subscribed to: one query, and usually none. */
async function subscribedEvents(db: Db): Promise<Set<string>> {
  const rows = await db.$queryRaw<Array<{ event: string }>>`
    SELECT DISTINCT unnest(events) AS event FROM webhook_endpoints WHERE active`;
  return new Set(rows.map((row) => row.event));
}

async function announceAuditCompletedNow(db: Db, auditId: string) {
  // Every audit passes here: without a subscriber, nothing more is read.
  const subscribed = await subscribedEvents(db);
  if (!['lead.created', 'lead.updated', 'audit.completed'].some((event) => subscribed.has(event))) return;
  const result = await db.auditResult.findUnique({ where: { auditId }, select: { maturityScore: true, tier: true } });
  if (!result) return;
  const found = await leadData(db, { auditId });
  if (found) {
    const fresh = found.lead.createdAt.getTime() === found.lead.updatedAt.getTime();
    await emitWebhookEvent(db, fresh ? 'lead.created' : 'lead.updated', found.data);
  }
  await emitWebhookEvent(db, 'audit.completed', {
    auditId,
    leadId: found?.lead.id ?? null,
    maturityScore: result.maturityScore,
    tier: result.tier,
  });
}

async function announceReportReadyNow(db: Db, auditId: string) {
  await emitWebhookEvent(db, 'report.ready', { auditId, reportUrl: reportUrl(auditId) });
}

async function announceInquiryNow(db: Db, inquiryId: string, inquiryType: string) {
  const found = await leadData(db, { inquiryId });
  if (found) await emitWebhookEvent(db, 'lead.created', found.data);
  const email = found?.lead.email;
  if (email) await emitWebhookEvent(db, 'contact.received', { inquiryId, leadId: found.lead.id, inquiryType, email });
}

async function announceBookingNow(db: Db, bookingId: string, change: 'booked' | 'cancelled') {
  const booking = await db.consultationBooking.findUnique({ where: { id: bookingId }, select: { startsAt: true } });
  if (!booking) return;
  const found = await leadData(db, { bookingId });
  const leadId = found?.lead.id ?? null;
  if (change === 'booked') {
    if (found) await emitWebhookEvent(db, 'lead.created', found.data);
    await emitWebhookEvent(db, 'consultation.booked', { bookingId, leadId, startsAt: booking.startsAt.toISOString() });
  } else {
    if (found) await emitWebhookEvent(db, 'lead.updated', found.data);
    await emitWebhookEvent(db, 'consultation.cancelled', { bookingId, leadId });
  }
}

function safely<A extends unknown[]>(event: string, announce: (...args: A) => Promise<void>) {
  return async (...args: A): Promise<void> => {
    try {
      await announce(...args);
    } catch (error) {
      logger.error({ err: error, event }, 'webhook event not queued');
    }
  };
}

export const announceLead = safely('lead', announceLeadNow);
export const announceAuditCompleted = safely('audit.completed', announceAuditCompletedNow);
export const announceReportReady = safely('report.ready', announceReportReadyNow);
export const announceInquiry = safely('contact.received', announceInquiryNow);
export const announceBooking = safely('consultation', announceBookingNow);
