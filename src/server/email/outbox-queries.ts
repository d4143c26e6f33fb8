// Reading the outbox: a page of messages (newest first) and one message with its parts.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { storedAttachmentSchema } from './attachments';
import type { OutboxListInput } from './schema';

export const OUTBOX_PAGE_SIZE = 25;

export async function listOutbox(db: Db, input: OutboxListInput) {
  const where = input.status ? { status: input.status } : {};
  const [total, messages] = await Promise.all([
    db.emailMessage.count({ where }),
    db.emailMessage.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (input.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        toAddress: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
      },
    }),
  ]);
  return { total, page: input.page, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)), messages };
}

export async function getOutboxMessage(db: Db, id: string) {
  const message = await db.emailMessage.findUnique({ where: { id } });
  if (!message) throw new AppError('NOT_FOUND', 'No such email', { field: 'id' });
  const attachments = storedAttachmentSchema
    .array()
    .parse(message.attachments)
    .map((a) => ({ filename: a.filename, contentType: a.contentType }));
  return { ...message, attachments };
}
