// Staff: the follow-ups of contact inquiries and consultation bookings.
import { completeFollowUp, completeFollowUpInput, openFollowUps } from '@/server/leads/follow-ups';
import { authenticatedProcedure, createTRPCRouter } from '../trpc';

export const leadsRouter = createTRPCRouter({
  openFollowUps: authenticatedProcedure.query(({ ctx }) => openFollowUps(ctx.db)),
  completeFollowUp: authenticatedProcedure
    .input(completeFollowUpInput)
    .mutation(({ ctx, input }) => completeFollowUp(ctx.db, input.id)),
});
