// Reading the outbox: a page of messages (newest first, searched and filtered) and one message
// with its parts.
import 'server-only';
import type { Db } from '@/server/db/client';
import { AppError } from '@/server/errors';
import { storedAttachmentSchema } from './attachments';
import { outboxCountQuery, outboxPageQuery, type OutboxRow } from './outbox-search';
import type { OutboxListInput } from './schema';

export const OUTBOX_PAGE_SIZE = 25;

export async function listOutbox(db: Db, input: OutboxListInput) {
  const [counted, messages] = await Promise.all([
    db.$queryRaw<Array<{ total: number }>>(outboxCountQuery(input)),
    db.$queryRaw<OutboxRow[]>(outboxPageQuery(input, OUTBOX_PAGE_SIZE)),
  ]);
  const total = counted[0]?.total ?? 0;
  return {
    total,
    page: input.page,
    pageSize: OUTBOX_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
    messages,
  };
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
