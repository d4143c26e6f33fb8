// Everything held about one email address: the ids of its audits, inquiries, bookings, leads
// and emails. Export and erasure both start here, so they can never disagree on what counts.
import 'server-only';
import type { Db } from '@/server/db/client';
import type { Prisma } from '@/server/db/generated/client';

export type DbOrTx = Db | Prisma.TransactionClient;

export interface SubjectRecords {
  email: string;
  auditIds: string[];
  inquiryIds: string[];
  bookingIds: string[];
  leadIds: string[];
  messageIds: string[];
}

const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findSubject(db: DbOrTx, rawEmail: string): Promise<SubjectRecords> {
  const email = normaliseEmail(rawEmail);
  // The audit's contact may sit in the column or only in the contact_info JSON (drafts).
  const auditIds = ids(
    await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM audits
      WHERE lower(contact_email) = ${email} OR lower(contact_info->>'email') = ${email}`,
  );
  const inquiryIds = ids(
    await db.$queryRaw<Array<{ id: string }>>`SELECT id::text FROM contact_inquiries WHERE lower(email) = ${email}`,
  );
  const bookingIds = ids(
    await db.$queryRaw<Array<{ id: string }>>`SELECT id::text FROM consultation_bookings WHERE lower(email) = ${email}`,
  );
  const leadIds = ids(
    await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM leads
      WHERE lower(email) = ${email}
         OR audit_id = ANY(${auditIds}::uuid[])
         OR inquiry_id = ANY(${inquiryIds}::uuid[])
         OR booking_id = ANY(${bookingIds}::uuid[])`,
  );
  // Messages to them, about their records (sales notifications) or naming them anywhere.
  const messageIds = ids(
    await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM email_messages
      WHERE lower(to_address) = ${email}
         OR audit_id = ANY(${auditIds}::uuid[])
         OR inquiry_id = ANY(${inquiryIds}::uuid[])
         OR booking_id = ANY(${bookingIds}::uuid[])
         OR strpos(lower(subject), ${email}) > 0
         OR strpos(lower(text), ${email}) > 0
         OR strpos(lower(html), ${email}) > 0`,
  );
  return { email, auditIds, inquiryIds, bookingIds, leadIds, messageIds };
}

export function holdsAnything(records: SubjectRecords): boolean {
  return (
    records.auditIds.length + records.inquiryIds.length + records.bookingIds.length + records.leadIds.length > 0 ||
    records.messageIds.length > 0
  );
}

/** Rate-limit counters keyed by the address (rate-limiter-flexible keys are "prefix:key"). */
export function rateLimitKeyPattern(email: string): string {
  return `%:${normaliseEmail(email).replace(/[\\%_]/g, (c) => `\\${c}`)}`;
}
