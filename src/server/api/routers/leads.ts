// Staff: the follow-ups of contact inquiries and consultation bookings.
import { completeFollowUp, completeFollowUpInput, openFollowUps } from '@/server/leads/follow-ups';
import { salesProcedure, createTRPCRouter } from '../trpc';

export const leadsRouter = createTRPCRouter({
  openFollowUps: salesProcedure.query(({ ctx }) => openFollowUps(ctx.db)),
  completeFollowUp: salesProcedure
    .input(completeFollowUpInput)
    .mutation(({ ctx, input }) => completeFollowUp(ctx.db, input.id)),
});
