// The outbox list's one SQL builder: newest first, filtered by status and searched by any part
// of the recipient or subject (trigram index idx_email_messages_search on the same expression)
// or of the lead the message belongs to (name, email, company through idx_leads_search, or the
// lead's id). Offset paging with a total; the page joins each message's lead for display.
import 'server-only';
import { Prisma } from '@/server/db/generated/client';
import type { OutboxListInput } from './schema';

/** The exact expression of idx_email_messages_search: keep them identical. */
const MESSAGE_SEARCH = Prisma.sql`lower(m.to_address || ' ' || m.subject)`;
/** The exact expression of idx_leads_search. */
const LEAD_SEARCH = Prisma.sql`lower(l.name || ' ' || l.email || ' ' || coalesce(l.company, ''))`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function leadMatch(q: string): Prisma.Sql {
  if (UUID.test(q)) return Prisma.sql`l.id = ${q.toLowerCase()}::uuid`;
  return Prisma.sql`${LEAD_SEARCH} LIKE ${`%${escapeLike(q.toLowerCase())}%`}`;
}

export function outboxWhere(input: Pick<OutboxListInput, 'status' | 'q'>): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (input.status) conditions.push(Prisma.sql`m.status = ${input.status}`);
  if (input.q) {
    const lead = leadMatch(input.q);
    conditions.push(Prisma.sql`(
      ${MESSAGE_SEARCH} LIKE ${`%${escapeLike(input.q.toLowerCase())}%`}
      OR m.audit_id IN (SELECT l.audit_id FROM leads l WHERE l.audit_id IS NOT NULL AND ${lead})
      OR m.inquiry_id IN (SELECT l.inquiry_id FROM leads l WHERE l.inquiry_id IS NOT NULL AND ${lead})
      OR m.booking_id IN (SELECT l.booking_id FROM leads l WHERE l.booking_id IS NOT NULL AND ${lead}))`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

export interface OutboxRow {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  leadId: string | null;
  leadName: string | null;
}

/** One page, newest first (id breaks ties so pages never overlap). */
export function outboxPageQuery(input: OutboxListInput, pageSize: number): Prisma.Sql {
  const offset = (input.page - 1) * pageSize;
  return Prisma.sql`
    SELECT p.id, p.kind, p.to_address AS "toAddress", p.subject, p.status, p.attempts, p.last_error AS "lastError",
           p.created_at AS "createdAt", p.sent_at AS "sentAt",
           coalesce(la.id, li.id, lb.id) AS "leadId", coalesce(la.name, li.name, lb.name) AS "leadName"
    FROM (
      SELECT m.id, m.kind, m.to_address, m.subject, m.status, m.attempts, m.last_error, m.created_at, m.sent_at,
             m.audit_id, m.inquiry_id, m.booking_id
      FROM email_messages m
      ${outboxWhere(input)}
      ORDER BY m.created_at DESC, m.id DESC
      LIMIT ${pageSize} OFFSET ${offset}
    ) p
    LEFT JOIN leads la ON la.audit_id = p.audit_id
    LEFT JOIN leads li ON li.inquiry_id = p.inquiry_id
    LEFT JOIN leads lb ON lb.booking_id = p.booking_id
    ORDER BY p.created_at DESC, p.id DESC`;
}

export function outboxCountQuery(input: Pick<OutboxListInput, 'status' | 'q'>): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM email_messages m ${outboxWhere(input)}`;
}
