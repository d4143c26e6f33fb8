// Erasure (GDPR art. 17): every row about one person is deleted, in one transaction, or, where
// a count must survive (analytics), stripped of anything that points back to them. Stored PDFs
// go after the commit (storage is not transactional; deleting twice is harmless). Open
// consultations and follow-ups end with the rows they belong to; the counts say how many.
import 'server-only';
import type { Prisma } from '@/server/db/generated/client';
import { storedAttachmentSchema } from '@/server/email/attachments';
import { BOSS_SCHEMA } from '@/server/jobs/queues';
import type { FileStorage } from '@/server/storage';
import { findSubject, rateLimitKeyPattern, type SubjectRecords } from './subject';
import { eraseWebhookDeliveries } from '@/server/webhooks/erase';
import { emitWebhookEventInTx } from '@/server/webhooks/emit';

export interface ErasureSummary {
  audits: number;
  inquiries: number;
  bookings: number;
  cancelledBookings: number;
  leads: number;
  followUps: number;
  cancelledFollowUps: number;
  emails: number;
  anonymisedEvents: number;
  jobs: number;
  files: number;
  [key: string]: number;
}

export interface ErasureResult {
  summary: ErasureSummary;
  /** Storage keys to delete once the transaction committed. */
  storageKeys: string[];
}

type Tx = Prisma.TransactionClient;

/** Deletes pg-boss jobs (waiting and archived) that name their audits or emails. */
async function eraseJobs(tx: Tx, records: SubjectRecords): Promise<number> {
  let count = 0;
  for (const table of ['job', 'archive']) {
    const exists = await tx.$queryRawUnsafe<Array<{ found: boolean }>>(
      `SELECT to_regclass($1) IS NOT NULL AS found`,
      `${BOSS_SCHEMA}.${table}`,
    );
    if (!exists[0]?.found) continue;
    count += await tx.$executeRawUnsafe(
      `DELETE FROM "${BOSS_SCHEMA}"."${table}"
       WHERE data->>'auditId' = ANY($1::text[]) OR data->>'messageId' = ANY($2::text[])`,
      records.auditIds,
      records.messageIds,
    );
  }
  return count;
}

/** Runs inside the caller's transaction, so the caller's own record (a spent link) commits with it. */
export async function eraseSubjectInTx(tx: Tx, email: string, now = new Date()): Promise<ErasureResult> {
  const records = await findSubject(tx, email);
  const { auditIds, inquiryIds, bookingIds, leadIds, messageIds } = records;

  const reports = await tx.pdfReport.findMany({
    where: { auditResult: { auditId: { in: auditIds } } },
    select: { filePath: true },
  });
  const messages = await tx.emailMessage.findMany({ where: { id: { in: messageIds } }, select: { attachments: true } });
  const storageKeys = new Set(reports.map((report) => report.filePath));
  for (const message of messages) {
    for (const attachment of storedAttachmentSchema.array().catch([]).parse(message.attachments)) {
      if ('storageKey' in attachment) storageKeys.add(attachment.storageKey);
    }
  }
  const linked = {
    OR: [{ auditId: { in: auditIds } }, { inquiryId: { in: inquiryIds } }, { bookingId: { in: bookingIds } }],
  };
  const followUps = await tx.followUp.count({ where: linked });
  const cancelledFollowUps = await tx.followUp.count({ where: { ...linked, completedAt: null } });
  const cancelledBookings = await tx.consultationBooking.count({
    where: { id: { in: bookingIds }, status: 'confirmed', endsAt: { gt: now } },
  });

  const jobs = await eraseJobs(tx, records);
  // Analytics keep the event (the count) but lose the audit, the visitor and any path naming the audit.
  const anonymisedEvents = auditIds.length
    ? await tx.$executeRaw`
        UPDATE analytics_events AS e
        SET audit_id = NULL,
            visitor_id = 'erased-' || md5(random()::text || e.id::text),
            path = CASE WHEN e.path IS NULL THEN NULL
                        ELSE regexp_replace(e.path, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'erased', 'gi') END
        WHERE e.audit_id = ANY(${auditIds}::uuid[])
           OR EXISTS (SELECT 1 FROM unnest(${auditIds}::text[]) AS a(id) WHERE strpos(e.path, a.id) > 0)`
    : 0;
  const emails = (await tx.emailMessage.deleteMany({ where: { id: { in: messageIds } } })).count;
  // Leads go first (their activities cascade); follow-ups cascade from their audit/inquiry/booking.
  const leads = (await tx.lead.deleteMany({ where: { id: { in: leadIds } } })).count;
  const bookings = (await tx.consultationBooking.deleteMany({ where: { id: { in: bookingIds } } })).count;
  const inquiries = (await tx.contactInquiry.deleteMany({ where: { id: { in: inquiryIds } } })).count;
  // Responses, results and report rows cascade from the audit.
  const audits = (await tx.audit.deleteMany({ where: { id: { in: auditIds } } })).count;
  await tx.$executeRaw`DELETE FROM rate_limits WHERE lower(key) LIKE ${rateLimitKeyPattern(records.email)}`;
  // Earlier webhook payloads named the person: gone too. CRMs learn of the erasure by lead.erased.
  await eraseWebhookDeliveries(tx, records);
  for (const leadId of leadIds) await emitWebhookEventInTx(tx, 'lead.erased', { leadId });
  // Their links lose the address and are spent, but stay (until retention), so a used link still says so.
  await tx.$executeRaw`
    UPDATE one_time_links SET subject = 'erased', used_at = coalesce(used_at, ${now})
    WHERE lower(subject) = ${records.email}`;

  return {
    summary: {
      audits,
      inquiries,
      bookings,
      cancelledBookings,
      leads,
      followUps,
      cancelledFollowUps,
      emails,
      anonymisedEvents,
      jobs,
      files: storageKeys.size,
    },
    storageKeys: [...storageKeys],
  };
}

/** Deletes stored files after the rows that named them are gone. */
export async function deleteFiles(storage: FileStorage, keys: string[]): Promise<void> {
  for (const key of keys) await storage.delete(key);
}
