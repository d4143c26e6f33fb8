// The email outbox, for admins: every message the site queued, sent, kept or failed.
import { getOutboxMessage, listOutbox } from '@/server/email/outbox-queries';
import { outboxListInput, outboxMessageInput } from '@/server/email/schema';
import { adminProcedure, createTRPCRouter } from '../trpc';

export const outboxRouter = createTRPCRouter({
  list: adminProcedure.input(outboxListInput).query(({ ctx, input }) => listOutbox(ctx.db, input)),
  get: adminProcedure.input(outboxMessageInput).query(({ ctx, input }) => getOutboxMessage(ctx.db, input.id)),
});
