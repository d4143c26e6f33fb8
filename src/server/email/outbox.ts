// Queueing an email: the message is rendered and stored in the outbox (email_messages) in the
// same transaction as its delivery job, so a crash or restart between the two loses nothing.
import 'server-only';
import type PgBoss from 'pg-boss';
import type { ReactElement } from 'react';
import { env } from '@/env';
import { db as defaultDb, type Db } from '@/server/db/client';
import { enqueue } from '@/server/jobs/enqueue';
import { QUEUES } from '@/server/jobs/queues';
import { toStoredAttachment, type AttachmentInput } from './attachments';
import { renderEmail } from './render';

export interface QueueEmailInput {
  /** What the message is (audit_report, lead_notification, contact_ack...), for staff. */
  kind: string;
  to: string;
  subject: string;
  /** A React email component (see templates/), rendered to HTML and plain text here. */
  body: ReactElement;
  attachments?: AttachmentInput[];
  /** The lead the message belongs to, shown on its lead page. */
  lead?: { auditId?: string; inquiryId?: string; bookingId?: string };
  /** Queue at most one message per key (e.g. one report email per audit). */
  dedupeKey?: string;
}

export interface QueuedEmail {
  id: string;
  /** False when a message with the same dedupe key already existed. */
  created: boolean;
}

export const salesInbox = (): string => env.SALES_INBOX;

export interface QueueEmailOptions {
  db?: Db;
  /** Another queue than the app's (tests run their own). */
  producer?: PgBoss;
}

export async function queueEmail(input: QueueEmailInput, options: QueueEmailOptions = {}): Promise<QueuedEmail> {
  const { db = defaultDb, producer } = options;
  if (input.dedupeKey) {
    const existing = await db.emailMessage.findUnique({ where: { dedupeKey: input.dedupeKey } });
    if (existing) return { id: existing.id, created: false };
  }
  const { html, text } = await renderEmail(input.body, { siteUrl: env.SITE_URL });
  return db.$transaction(async (tx) => {
    const message = await tx.emailMessage.create({
      data: {
        kind: input.kind,
        toAddress: input.to,
        subject: input.subject,
        html,
        text,
        attachments: (input.attachments ?? []).map(toStoredAttachment),
        dedupeKey: input.dedupeKey,
        auditId: input.lead?.auditId,
        inquiryId: input.lead?.inquiryId,
        bookingId: input.lead?.bookingId,
      },
    });
    await enqueue(
      QUEUES.deliverEmail,
      { messageId: message.id },
      { inTransaction: tx, singletonKey: message.id, producer },
    );
    return { id: message.id, created: true };
  });
}
