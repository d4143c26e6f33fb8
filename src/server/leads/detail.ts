// One lead's page: its facts and priority explained, the audit's answers and results, the
// emails sent, bookings by the same audit or address, follow-ups, and one merged timeline.
import 'server-only';
import { computePriority } from '@/domain/leads/priority';
import { buildTimeline } from '@/domain/leads/timeline';
import { configByVersion } from '@/server/audit/config-source';
import { getAuditResults } from '@/server/audit/results';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { BUDGET_QUESTION, bookingUrgency, inquiryTypeOf, type BookingForLead } from './record';

async function auditPart(db: Db, auditId: string) {
  const results = await getAuditResults(db, auditId);
  const audit = await db.audit.findUniqueOrThrow({
    where: { id: auditId },
    select: { maturityAnswers: true, configVersion: true, contactInfo: true, utm: true, referrer: true },
  });
  const config = audit.configVersion ? await configByVersion(db, audit.configVersion) : null;
  const answers = audit.maturityAnswers as Record<string, number>;
  // Every question of the configuration the audit was scored with, answered or skipped.
  const maturity = (config?.questions ?? []).map((q) => {
    const level = answers[q.key] ?? null;
    return { key: q.key, question: q.text, level, label: level === null ? null : (q.levels[level] ?? null) };
  });
  const phone = (audit.contactInfo as { phone?: string }).phone ?? null;
  return {
    ...results,
    maturity,
    phone,
    utm: audit.utm,
    referrer: audit.referrer,
    budgetLevel: answers[BUDGET_QUESTION] ?? null,
  };
}

export async function getLead(db: Db, id: string) {
  const lead = await db.lead.findUnique({
    where: { id },
    include: {
      assignedTo: { select: { id: true, email: true } },
      inquiry: true,
      booking: true,
      activities: { include: { actor: { select: { email: true } } }, orderBy: { createdAt: 'desc' } },
    },
  });
  if (!lead) throw new AppError('NOT_FOUND', 'This lead does not exist.', { field: 'id' });
  // An audit lead's audit, or the audit a booking links to.
  const auditId = lead.auditId ?? lead.booking?.auditId ?? null;
  const audit = auditId ? await auditPart(db, auditId) : null;

  const bookings = await db.consultationBooking.findMany({
    where: { OR: [...(auditId ? [{ auditId }] : []), { email: lead.email }] },
    select: {
      id: true,
      auditId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      createdAt: true,
      notes: true,
      lead: { select: { id: true } },
    },
    orderBy: { startsAt: 'desc' },
    take: 50,
  });
  const recordIds = {
    auditId: lead.auditId ?? undefined,
    inquiryId: lead.inquiryId ?? undefined,
    bookingId: lead.bookingId ?? undefined,
  };
  const emailWhere = [
    ...(auditId ? [{ auditId }] : []),
    ...(lead.inquiryId ? [{ inquiryId: lead.inquiryId }] : []),
    ...bookings.map((b) => ({ bookingId: b.id })),
  ];
  const [emails, followUps] = await Promise.all([
    db.emailMessage.findMany({
      where: { OR: emailWhere },
      select: { id: true, kind: true, subject: true, toAddress: true, status: true, createdAt: true, sentAt: true },
      orderBy: { createdAt: 'desc' },
      take: 100,
    }),
    db.followUp.findMany({
      where: {
        OR: Object.entries(recordIds)
          .filter(([, v]) => v)
          .map(([k, v]) => ({ [k]: v })),
      },
      include: { createdBy: { select: { email: true } }, completedBy: { select: { email: true } } },
      orderBy: [{ completedAt: { sort: 'desc', nulls: 'first' } }, { scheduledAt: 'asc' }],
    }),
  ]);

  // The same bookings the stored priority was computed from (record.ts).
  const ownBookings: BookingForLead[] = lead.booking
    ? [lead.booking]
    : bookings.filter((b) => lead.auditId && b.auditId === lead.auditId);
  const priority = computePriority({
    maturityScore: lead.maturityScore,
    roiAnnualValue: lead.roiAnnualValue,
    companySize: lead.companySize,
    urgency: {
      budgetLevel: audit?.budgetLevel ?? null,
      inquiryType: lead.inquiry ? inquiryTypeOf(lead.inquiry.inquiryType) : null,
      ...bookingUrgency(ownBookings),
    },
  });

  const { inquiry, booking, activities, assignedTo, ...facts } = lead;
  const relatedBookings = bookings.map(({ lead: bookingLead, ...b }) => ({ ...b, leadId: bookingLead?.id ?? null }));
  return {
    lead: { ...facts, owner: assignedTo },
    priority,
    inquiry: inquiry && {
      id: inquiry.id,
      inquiryType: inquiry.inquiryType,
      message: inquiry.message,
      status: inquiry.status,
      createdAt: inquiry.createdAt,
    },
    booking: booking && {
      id: booking.id,
      status: booking.status,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      timeZone: booking.timeZone,
      notes: booking.notes,
      auditId: booking.auditId,
    },
    audit,
    bookings: relatedBookings,
    emails,
    followUps: followUps.map((f) => ({
      id: f.id,
      actionType: f.actionType,
      notes: f.notes,
      outcome: f.outcome,
      scheduledAt: f.scheduledAt,
      completedAt: f.completedAt,
      createdAt: f.createdAt,
      createdBy: f.createdBy?.email ?? null,
      completedBy: f.completedBy?.email ?? null,
    })),
    timeline: buildTimeline({ lead, activities, emails, followUps, bookings: relatedBookings }),
  };
}

export type LeadPage = Awaited<ReturnType<typeof getLead>>;
