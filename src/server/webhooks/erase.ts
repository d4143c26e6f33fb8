// Erasure (docs/privacy.md): deliveries whose payload named the person or their records go
// with them; the lead.erased event queued afterwards carries only the lead's id.
import 'server-only';
import type { Prisma } from '@/server/db/generated/client';
import type { SubjectRecords } from '@/server/privacy/subject';

export async function eraseWebhookDeliveries(tx: Prisma.TransactionClient, records: SubjectRecords): Promise<number> {
  const ids = [...records.leadIds, ...records.auditIds, ...records.inquiryIds, ...records.bookingIds];
  return tx.$executeRaw`
    DELETE FROM webhook_deliveries
    WHERE lower(payload->'data'->>'email') = ${records.email}
       OR payload->'data'->>'leadId' = ANY(${ids}::text[])
       OR payload->'data'->>'auditId' = ANY(${ids}::text[])
       OR payload->'data'->>'inquiryId' = ANY(${ids}::text[])
       OR payload->'data'->>'bookingId' = ANY(${ids}::text[])`;
}
