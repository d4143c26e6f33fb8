// Leads for records that have none yet (data from before leads existed, seeded demo data):
// an anti-join per kind, in batches; safe to run again and alongside live traffic (a lead
// written meanwhile wins through the unique record ids and skipDuplicates).
import 'server-only';
import type { Db } from '@/server/db/client';
import { auditLeadFields, bookingLeadFields, inquiryLeadFields, linkedAuditOf } from './record';

const BATCH = 500;

export interface BackfillCounts {
  audits: number;
  inquiries: number;
  bookings: number;
}

async function missing(db: Db, kind: 'audit' | 'inquiry' | 'booking'): Promise<string[]> {
  const rows =
    kind === 'audit'
      ? await db.$queryRaw<Array<{ id: string }>>`
          SELECT a.id FROM audits a
          WHERE a.status = 'completed' AND a.contact_email IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.audit_id = a.id)
          ORDER BY a.created_at LIMIT ${BATCH}`
      : kind === 'inquiry'
        ? await db.$queryRaw<Array<{ id: string }>>`
          SELECT i.id FROM contact_inquiries i
          WHERE NOT EXISTS (SELECT 1 FROM leads l WHERE l.inquiry_id = i.id)
          ORDER BY i.created_at LIMIT ${BATCH}`
        : await db.$queryRaw<Array<{ id: string }>>`
          SELECT b.id FROM consultation_bookings b
          WHERE NOT EXISTS (SELECT 1 FROM leads l WHERE l.booking_id = b.id)
          ORDER BY b.created_at LIMIT ${BATCH}`;
  return rows.map((row) => row.id);
}

async function auditBatch(db: Db, ids: string[]) {
  const audits = await db.audit.findMany({
    where: { id: { in: ids } },
    include: { result: true, bookings: { select: { status: true, startsAt: true, createdAt: true } } },
  });
  const { count } = await db.lead.createMany({
    data: audits.map((a) => ({ kind: 'audit', auditId: a.id, ...auditLeadFields(a, a.result, a.bookings) })),
    skipDuplicates: true,
  });
  return count;
}

async function inquiryBatch(db: Db, ids: string[]) {
  const inquiries = await db.contactInquiry.findMany({ where: { id: { in: ids } } });
  const { count } = await db.lead.createMany({
    data: inquiries.map((i) => ({ kind: 'inquiry', inquiryId: i.id, ...inquiryLeadFields(i) })),
    skipDuplicates: true,
  });
  return count;
}

async function bookingBatch(db: Db, ids: string[]) {
  const bookings = await db.consultationBooking.findMany({ where: { id: { in: ids } } });
  const data = [];
  for (const b of bookings) {
    data.push({ kind: 'booking', bookingId: b.id, ...bookingLeadFields(b, await linkedAuditOf(db, b.auditId)) });
  }
  const { count } = await db.lead.createMany({ data, skipDuplicates: true });
  return count;
}

/** Creates the missing leads; returns how many of each kind were added. */
export async function ensureLeads(db: Db): Promise<BackfillCounts> {
  const counts: BackfillCounts = { audits: 0, inquiries: 0, bookings: 0 };
  const kinds = [
    ['audit', 'audits', auditBatch],
    ['inquiry', 'inquiries', inquiryBatch],
    ['booking', 'bookings', bookingBatch],
  ] as const;
  for (const [kind, key, batch] of kinds) {
    for (;;) {
      const ids = await missing(db, kind);
      if (!ids.length) break;
      const added = await batch(db, ids);
      counts[key] += added;
      // Nothing added although rows were missing: someone else wrote them, or they cannot be; stop.
      if (added === 0) break;
    }
  }
  return counts;
}
