// Delivering one outbox message (run by the worker for each email.deliver job). Transient
// failures are recorded and rethrown so pg-boss retries with backoff; permanent failures and
// the last retry mark the message failed. Delivered or kept messages are never sent twice.
import 'server-only';
import type { Db } from '@/server/db/client';
import type { FileStorage } from '@/server/storage';
import { storedAttachmentSchema } from './attachments';
import { PermanentEmailError, type EmailTransport } from './transport';

export interface DeliveryAttempt {
  /** Retries left after this attempt (0 on the last one). */
  retriesLeft: number;
}

export interface DeliveryDeps {
  db: Db;
  transport: EmailTransport;
  storage: FileStorage;
  from: string;
}

export type DeliveryResult = 'sent' | 'kept' | 'failed' | 'skipped' | 'retrying';

/**
 * Kinds whose content we must not keep once handed over: the erasure receipt goes to someone
 * whose data is gone, so the outbox keeps only that a receipt went out.
 */
const STRIPPED_AFTER_DELIVERY = new Set(['privacy_receipt']);
const stripped = {
  toAddress: 'erased',
  subject: 'Erasure receipt (content removed after delivery)',
  html: '',
  text: '',
};

export async function deliverEmail(messageId: string, attempt: DeliveryAttempt, deps: DeliveryDeps) {
  const { db, transport } = deps;
  const message = await db.emailMessage.findUnique({ where: { id: messageId } });
  if (!message || message.status !== 'queued') return 'skipped' satisfies DeliveryResult;
  try {
    const attachments = await Promise.all(
      storedAttachmentSchema
        .array()
        .parse(message.attachments)
        .map(async (attachment) => {
          if ('content' in attachment) return { ...attachment, content: Buffer.from(attachment.content, 'base64') };
          const content = await deps.storage.get(attachment.storageKey);
          if (!content) throw new Error(`attachment ${attachment.storageKey} is not in storage yet`);
          return { filename: attachment.filename, contentType: attachment.contentType, content };
        }),
    );
    const outcome = await transport.send({
      from: deps.from,
      to: message.toAddress,
      subject: message.subject,
      html: message.html,
      text: message.text,
      attachments,
      idempotencyKey: `email-${message.id}`,
    });
    await db.emailMessage.update({
      where: { id: message.id },
      data: {
        status: outcome.status,
        transport: transport.name,
        attempts: { increment: 1 },
        lastError: null,
        providerId: outcome.status === 'sent' ? outcome.providerId : null,
        sentAt: outcome.status === 'sent' ? new Date() : null,
        ...(STRIPPED_AFTER_DELIVERY.has(message.kind) ? stripped : {}),
      },
    });
    return outcome.status satisfies DeliveryResult;
  } catch (error) {
    const permanent = error instanceof PermanentEmailError;
    const final = permanent || attempt.retriesLeft <= 0;
    await db.emailMessage.update({
      where: { id: message.id },
      data: {
        status: final ? 'failed' : 'queued',
        transport: transport.name,
        attempts: { increment: 1 },
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
      },
    });
    if (final) return 'failed' satisfies DeliveryResult;
    throw error;
  }
}
