// What sales does next: open follow-ups of contact inquiries and consultation bookings, the
// soonest first, and marking one done.
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';

export const completeFollowUpInput = z.object({ id: z.uuid('Unknown follow-up') });

export interface OpenFollowUp {
  id: string;
  actionType: string;
  notes: string | null;
  scheduledAt: Date | null;
  /** A call or email whose time has passed (consultations are appointments, not tasks). */
  overdue: boolean;
  lead:
    | { kind: 'inquiry'; id: string; name: string; email: string; company: string | null; detail: string }
    | { kind: 'booking'; id: string; name: string; email: string; company: string | null; detail: string };
}

export async function openFollowUps(db: Db, now = new Date(), limit = 200): Promise<OpenFollowUp[]> {
  const rows = await db.followUp.findMany({
    where: { completedAt: null },
    orderBy: [{ scheduledAt: 'asc' }, { createdAt: 'asc' }],
    take: limit,
    include: { inquiry: true, booking: true },
  });
  return rows.flatMap((row): OpenFollowUp[] => {
    const base = {
      id: row.id,
      actionType: row.actionType,
      notes: row.notes,
      scheduledAt: row.scheduledAt,
      overdue: row.actionType !== 'consultation' && row.scheduledAt !== null && row.scheduledAt < now,
    };
    if (row.booking) {
      const b = row.booking;
      return [
        {
          ...base,
          lead: {
            kind: 'booking',
            id: b.id,
            name: b.name,
            email: b.email,
            company: b.company,
            detail: b.status === 'cancelled' ? 'Cancelled consultation' : 'Consultation booked',
          },
        },
      ];
    }
    if (row.inquiry) {
      const i = row.inquiry;
      return [
        {
          ...base,
          lead: { kind: 'inquiry', id: i.id, name: i.name, email: i.email, company: i.company, detail: i.message },
        },
      ];
    }
    return [];
  });
}

export async function completeFollowUp(db: Db, id: string, now = new Date()) {
  const { count } = await db.followUp.updateMany({ where: { id, completedAt: null }, data: { completedAt: now } });
  if (count === 0) throw new AppError('NOT_FOUND', 'This follow-up does not exist or is done already.');
  return { id, completedAt: now };
}
