// A lead row for every submitted audit, contact inquiry and consultation booking, written with
// the record itself (a nested write or the same transaction), plus an idempotent backfill for
// records that predate leads. The row copies what staff filter and sort by (see query.ts).
import 'server-only';
import { env } from '@/env';
import { channelOf } from '@/domain/analytics/channel';
import { INQUIRY_TYPE_KEYS, type InquiryType } from '@/domain/contact/follow-up';
import { computePriority, type UrgencyInputs } from '@/domain/leads/priority';
import type { Db } from '@/server/db/client';
import type { Prisma } from '@/server/db/generated/client';

// Read when first used: `next build` loads this module without a validated environment.
let ownHost: string | undefined;
const siteHost = () => (ownHost ??= new URL(env.SITE_URL).hostname);
/** The audit question whose answer (0-4) tells whether money is set aside for automation. */
export const BUDGET_QUESTION = 'automation-budget';

type LeadFields = Omit<Prisma.LeadUncheckedCreateInput, 'kind' | 'auditId' | 'inquiryId' | 'bookingId'>;

export interface AuditForLead {
  industry: string;
  companySize: string;
  employeeCount: number | null;
  contactInfo: Prisma.JsonValue;
  contactEmail: string | null;
  maturityAnswers: Prisma.JsonValue;
  utm: Prisma.JsonValue;
  referrer: string | null;
  createdAt: Date;
}
export interface ResultForLead {
  maturityScore: number;
  roiForecast: Prisma.JsonValue;
}
export interface BookingForLead {
  status: string;
  startsAt: Date;
  createdAt: Date;
}

const asObject = (value: Prisma.JsonValue | undefined): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Expected annual savings of a stored ROI forecast, in whole currency units. */
export function roiAnnualValueOf(forecast: Prisma.JsonValue): number | null {
  const expected = asObject(asObject(forecast).annualSavings as Prisma.JsonValue).expected;
  return typeof expected === 'number' && Number.isFinite(expected) ? Math.round(expected) : null;
}

function channel(utm: Prisma.JsonValue, referrer: string | null) {
  const fields = asObject(utm);
  return channelOf({
    utm: { source: text(fields.source), campaign: text(fields.campaign) },
    referrer,
    ownHost: siteHost(),
  });
}

/** The strongest booking signal: the next confirmed consultation, else a cancelled one. */
export function bookingUrgency(bookings: readonly BookingForLead[]): UrgencyInputs {
  const confirmed = bookings.filter((b) => b.status === 'confirmed').sort((a, b) => +a.startsAt - +b.startsAt)[0];
  if (confirmed) return { booking: { startsAt: confirmed.startsAt, bookedAt: confirmed.createdAt } };
  return { cancelledBooking: bookings.some((b) => b.status === 'cancelled') };
}

function auditFacts(audit: AuditForLead, result: ResultForLead | null) {
  const size = audit.companySize || (audit.employeeCount ? String(audit.employeeCount) : null);
  const budget = asObject(audit.maturityAnswers)[BUDGET_QUESTION];
  return {
    industry: audit.industry,
    companySize: size,
    maturityScore: result?.maturityScore ?? null,
    roiAnnualValue: result ? roiAnnualValueOf(result.roiForecast) : null,
    budgetLevel: typeof budget === 'number' ? budget : null,
    employees: audit.employeeCount ?? size,
  };
}

export function auditLeadFields(
  audit: AuditForLead,
  result: ResultForLead | null,
  bookings: readonly BookingForLead[],
): LeadFields {
  const contact = asObject(audit.contactInfo);
  const email = text(contact.email) ?? audit.contactEmail ?? '';
  const company = text(contact.company);
  const facts = auditFacts(audit, result);
  const priority = computePriority({
    maturityScore: facts.maturityScore,
    roiAnnualValue: facts.roiAnnualValue,
    companySize: facts.employees,
    urgency: { budgetLevel: facts.budgetLevel, ...bookingUrgency(bookings) },
  });
  const { source, campaign } = channel(audit.utm, audit.referrer);
  return {
    // An audit asks for no name: the company, else the address, is how staff recognise it.
    name: (text(contact.name) ?? company ?? email).slice(0, 255),
    email,
    company,
    industry: facts.industry,
    companySize: facts.companySize,
    maturityScore: facts.maturityScore,
    roiAnnualValue: facts.roiAnnualValue,
    priority: priority.score,
    source,
    campaign,
    createdAt: audit.createdAt,
  };
}

export interface InquiryForLead {
  name: string;
  email: string;
  company: string | null;
  inquiryType: string;
  status?: string;
  utm: Prisma.JsonValue;
  referrer: string | null;
  createdAt: Date;
}

export const inquiryTypeOf = (type: string): InquiryType | null =>
  (INQUIRY_TYPE_KEYS as readonly string[]).includes(type) ? (type as InquiryType) : null;

export function inquiryLeadFields(inquiry: InquiryForLead): LeadFields {
  const priority = computePriority({
    maturityScore: null,
    roiAnnualValue: null,
    companySize: null,
    urgency: { inquiryType: inquiryTypeOf(inquiry.inquiryType) },
  });
  return {
    name: inquiry.name,
    email: inquiry.email,
    company: inquiry.company,
    status: inquiry.status ?? 'new',
    priority: priority.score,
    ...channel(inquiry.utm, inquiry.referrer),
    createdAt: inquiry.createdAt,
  };
}

export interface BookingRecordForLead extends BookingForLead {
  name: string;
  email: string;
  company: string | null;
  utm: Prisma.JsonValue;
  referrer: string | null;
}

/** A booking is its own lead; one linked to an audit carries that audit's facts. */
export function bookingLeadFields(
  booking: BookingRecordForLead,
  linked: { audit: AuditForLead; result: ResultForLead | null } | null,
): LeadFields {
  const facts = linked ? auditFacts(linked.audit, linked.result) : null;
  const priority = computePriority({
    maturityScore: facts?.maturityScore ?? null,
    roiAnnualValue: facts?.roiAnnualValue ?? null,
    companySize: facts?.employees ?? null,
    urgency: { budgetLevel: facts?.budgetLevel ?? null, ...bookingUrgency([booking]) },
  });
  return {
    name: booking.name,
    email: booking.email,
    company: booking.company,
    industry: facts?.industry ?? null,
    companySize: facts?.companySize ?? null,
    maturityScore: facts?.maturityScore ?? null,
    roiAnnualValue: facts?.roiAnnualValue ?? null,
    priority: priority.score,
    ...channel(booking.utm, booking.referrer),
    createdAt: booking.createdAt,
  };
}

/** The audit (with its result) a booking links to, for its lead's facts. */
export async function linkedAuditOf(db: Db | Prisma.TransactionClient, auditId: string | null | undefined) {
  if (!auditId) return null;
  const audit = await db.audit.findUnique({ where: { id: auditId }, include: { result: true } });
  return audit ? { audit, result: audit.result } : null;
}

/**
 * Recomputes an audit lead's priority after its bookings changed (a consultation booked,
 * cancelled or moved). A no-op when the audit has no lead.
 */
export async function refreshAuditLead(db: Db, auditId: string | null | undefined): Promise<void> {
  if (!auditId) return;
  const audit = await db.audit.findUnique({
    where: { id: auditId },
    include: { result: true, bookings: { select: { status: true, startsAt: true, createdAt: true } }, lead: true },
  });
  if (!audit?.lead) return;
  const fields = auditLeadFields(audit, audit.result, audit.bookings);
  await db.lead.update({ where: { id: audit.lead.id }, data: { priority: fields.priority } });
}

/** Recomputes a booking lead's priority after the booking was cancelled or moved. */
export async function refreshBookingLead(db: Db, bookingId: string): Promise<void> {
  const booking = await db.consultationBooking.findUnique({ where: { id: bookingId }, include: { lead: true } });
  if (!booking?.lead) return;
  const fields = bookingLeadFields(booking, await linkedAuditOf(db, booking.auditId));
  await db.lead.update({ where: { id: booking.lead.id }, data: { priority: fields.priority } });
  await refreshAuditLead(db, booking.auditId);
}
