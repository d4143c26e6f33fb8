// The email outbox, for admins and sales: every message the site queued, sent, kept or failed.
import { getOutboxMessage, listOutbox } from '@/server/email/outbox-queries';
import { outboxListInput, outboxMessageInput } from '@/server/email/schema';
import { createTRPCRouter, salesProcedure } from '../trpc';

export const outboxRouter = createTRPCRouter({
  list: salesProcedure.input(outboxListInput).query(({ ctx, input }) => listOutbox(ctx.db, input)),
  get: salesProcedure.input(outboxMessageInput).query(({ ctx, input }) => getOutboxMessage(ctx.db, input.id)),
});
