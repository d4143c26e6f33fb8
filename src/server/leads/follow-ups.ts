// What sales does next: open follow-ups of audits, contact inquiries and consultation bookings,
// the soonest first, each with its lead and owner; scheduling, completing and annotating one.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';

export interface OpenFollowUp {
  id: string;
  actionType: string;
  notes: string | null;
  scheduledAt: Date | null;
  /** A call or email whose time has passed (consultations are appointments, not tasks). */
  overdue: boolean;
  lead: {
    kind: 'audit' | 'inquiry' | 'booking';
    /** The record's id (audit, inquiry or booking). */
    id: string;
    /** The lead page's id, when the record has a lead row. */
    leadId: string | null;
    name: string;
    email: string;
    company: string | null;
    detail: string;
    owner: string | null;
  };
}

const leadInclude = { include: { lead: { include: { assignedTo: { select: { email: true } } } } } } as const;

export async function openFollowUps(db: Db, now = new Date(), limit = 200): Promise<OpenFollowUp[]> {
  const rows = await db.followUp.findMany({
    where: { completedAt: null },
    orderBy: [{ scheduledAt: 'asc' }, { createdAt: 'asc' }],
    take: limit,
    include: { inquiry: leadInclude, booking: leadInclude, audit: leadInclude },
  });
  return rows.flatMap((row): OpenFollowUp[] => {
    const base = {
      id: row.id,
      actionType: row.actionType,
      notes: row.notes,
      scheduledAt: row.scheduledAt,
      overdue: row.actionType !== 'consultation' && row.scheduledAt !== null && row.scheduledAt < now,
    };
    const owned = (lead: { id: string; assignedTo: { email: string } | null } | null) => ({
      leadId: lead?.id ?? null,
      owner: lead?.assignedTo?.email ?? null,
    });
    if (row.booking) {
      const b = row.booking;
      const detail = b.status === 'cancelled' ? 'Cancelled consultation' : 'Consultation booked';
      const who = { name: b.name, email: b.email, company: b.company };
      return [{ ...base, lead: { kind: 'booking', id: b.id, ...owned(b.lead), ...who, detail } }];
    }
    if (row.inquiry) {
      const i = row.inquiry;
      const who = { name: i.name, email: i.email, company: i.company };
      return [{ ...base, lead: { kind: 'inquiry', id: i.id, ...owned(i.lead), ...who, detail: i.message } }];
    }
    if (row.audit?.lead) {
      const { lead } = row.audit;
      const detail = `Audit${lead.maturityScore !== null ? `, maturity ${lead.maturityScore}/100` : ''}`;
      return [
        {
          ...base,
          lead: {
            kind: 'audit',
            id: row.audit.id,
            ...owned(lead),
            name: lead.name,
            email: lead.email,
            company: lead.company,
            detail,
          },
        },
      ];
    }
    return [];
  });
}

/** The follow-up columns that point at a lead's record. */
function recordOf(lead: { auditId: string | null; inquiryId: string | null; bookingId: string | null }) {
  if (lead.auditId) return { auditId: lead.auditId };
  if (lead.inquiryId) return { inquiryId: lead.inquiryId };
  return { bookingId: lead.bookingId };
}

export async function scheduleFollowUp(
  db: Db,
  input: { leadId: string; actionType: string; scheduledAt: Date; notes?: string },
  actorId: string,
) {
  const lead = await db.lead.findUnique({ where: { id: input.leadId } });
  if (!lead) throw new AppError('NOT_FOUND', 'This lead does not exist.', { field: 'leadId' });
  return db.followUp.create({
    data: {
      ...recordOf(lead),
      actionType: input.actionType,
      scheduledAt: input.scheduledAt,
      notes: input.notes || null,
      createdById: actorId,
    },
  });
}

export async function completeFollowUp(
  db: Db,
  id: string,
  options: { outcome?: string; actorId?: string } = {},
  now = new Date(),
) {
  const { count } = await db.followUp.updateMany({
    where: { id, completedAt: null },
    data: { completedAt: now, outcome: options.outcome || null, completedById: options.actorId ?? null },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'This follow-up does not exist or is done already.');
  return { id, completedAt: now };
}

/** Adds a line to a follow-up's notes (open or done), keeping what was there. */
export async function annotateFollowUp(db: Db, id: string, text: string) {
  const followUp = await db.followUp.findUnique({ where: { id }, select: { notes: true } });
  if (!followUp) throw new AppError('NOT_FOUND', 'This follow-up does not exist.', { field: 'id' });
  const notes = followUp.notes ? `${followUp.notes}\n${text}` : text;
  return db.followUp.update({ where: { id }, data: { notes }, select: { id: true, notes: true } });
}
