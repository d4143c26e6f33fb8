// Data rights, self-service (the "Your data" pages): ask for a one-time link, see what a link
// does, erase through it. The export itself is a download: POST /api/privacy/export.
import { describeLink, eraseByLink, requestDataLink } from '@/server/privacy/self-service';
import { requestLinkInput, tokenInput } from '@/server/privacy/schema';
import { fileStorage } from '@/server/storage';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const privacyRouter = createTRPCRouter({
  requestLink: publicProcedure
    .input(requestLinkInput)
    .mutation(({ ctx, input }) => requestDataLink(ctx.db, input, ctx)),
  link: publicProcedure.input(tokenInput).query(({ ctx, input }) => describeLink(ctx.db, input.token)),
  erase: publicProcedure
    .input(tokenInput)
    .mutation(({ ctx, input }) => eraseByLink(ctx.db, fileStorage(), input.token, ctx)),
});
