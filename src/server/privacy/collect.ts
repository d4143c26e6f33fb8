// The data held about one person, as plain JSON-ready objects (GDPR art. 15 and 20): every row
// of every table that is about them, with the rows that hang off those (answers, results,
// reports, follow-ups, notes, analytics events). Secrets of ours (link and manage-token
// hashes) are left out: they are not about the person and would only help an attacker.
import 'server-only';
import { storedAttachmentSchema, type StoredAttachment } from '@/server/email/attachments';
import { rateLimitKeyPattern, type DbOrTx, type SubjectRecords } from './subject';

export interface CollectedData {
  data: Record<string, unknown>;
  /** Storage keys of the PDF reports, to put in the archive beside the JSON. */
  reportKeys: Array<{ auditId: string; key: string }>;
  /** Email attachments stored inline in the outbox (invitations), for the archive. */
  inlineAttachments: Array<{ messageId: string; filename: string; content: Buffer }>;
}

export async function collectSubjectData(db: DbOrTx, records: SubjectRecords): Promise<CollectedData> {
  const { email, auditIds, inquiryIds, bookingIds, leadIds, messageIds } = records;
  const [audits, inquiries, bookings, leads, emails, followUps, rateLimits, links] = await Promise.all([
    db.audit.findMany({
      where: { id: { in: auditIds } },
      include: { responses: { orderBy: { stepNumber: 'asc' } }, result: { include: { pdfReport: true } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.contactInquiry.findMany({ where: { id: { in: inquiryIds } }, orderBy: { createdAt: 'asc' } }),
    db.consultationBooking.findMany({
      where: { id: { in: bookingIds } },
      omit: { manageTokenHash: true },
      orderBy: { createdAt: 'asc' },
    }),
    db.lead.findMany({
      where: { id: { in: leadIds } },
      include: { activities: { orderBy: { createdAt: 'asc' } } },
      orderBy: { createdAt: 'asc' },
    }),
    db.emailMessage.findMany({ where: { id: { in: messageIds } }, orderBy: { createdAt: 'asc' } }),
    db.followUp.findMany({
      where: {
        OR: [{ auditId: { in: auditIds } }, { inquiryId: { in: inquiryIds } }, { bookingId: { in: bookingIds } }],
      },
      orderBy: { createdAt: 'asc' },
    }),
    db.$queryRaw<Array<{ key: string; points: number; expire: bigint | null }>>`
      SELECT key, points, expire FROM rate_limits WHERE lower(key) LIKE ${rateLimitKeyPattern(email)}`,
    db.oneTimeLink.findMany({
      where: { subject: { equals: email, mode: 'insensitive' } },
      omit: { tokenHash: true },
      orderBy: { createdAt: 'asc' },
    }),
  ]);
  // Events tied to their audits: by id, or by a results page path that names the audit.
  const events = auditIds.length
    ? await db.$queryRaw<Array<Record<string, unknown>>>`
        SELECT id::text, name, visitor_id AS "visitorId", path, step, label, audit_id::text AS "auditId",
               source, campaign, occurred_at AS "occurredAt"
        FROM analytics_events
        WHERE audit_id = ANY(${auditIds}::uuid[])
           OR EXISTS (SELECT 1 FROM unnest(${auditIds}::text[]) AS a(id) WHERE strpos(path, a.id) > 0)
        ORDER BY occurred_at`
    : [];

  const inlineAttachments: CollectedData['inlineAttachments'] = [];
  const exportedEmails = emails.map((message) => {
    const attachments = storedAttachmentSchema.array().catch([]).parse(message.attachments);
    for (const attachment of attachments) {
      if ('content' in attachment)
        inlineAttachments.push({
          messageId: message.id,
          filename: attachment.filename,
          content: Buffer.from(attachment.content, 'base64'),
        });
    }
    return { ...message, attachments: attachments.map(describeAttachment) };
  });

  return {
    data: {
      subject: email,
      generatedAt: new Date().toISOString(),
      audits,
      inquiries,
      consultationBookings: bookings,
      leads,
      followUps,
      emails: exportedEmails,
      analyticsEvents: events,
      rateLimitCounters: rateLimits.map((row) => ({ ...row, expire: row.expire === null ? null : Number(row.expire) })),
      dataRequestLinks: links,
    },
    reportKeys: audits.flatMap((audit) =>
      audit.result?.pdfReport ? [{ auditId: audit.id, key: audit.result.pdfReport.filePath }] : [],
    ),
    inlineAttachments,
  };
}

function describeAttachment(attachment: StoredAttachment) {
  return 'content' in attachment
    ? { filename: attachment.filename, contentType: attachment.contentType, inArchive: true }
    : { filename: attachment.filename, contentType: attachment.contentType, storedFile: attachment.storageKey };
}
