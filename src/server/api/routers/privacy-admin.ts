// Data rights handled by admins: the request log, and erasure from a lead's page. The staff
// export is a download: GET /api/admin/privacy/export?leadId=...
import { eraseLeadInput, requestListInput } from '@/server/privacy/schema';
import { listRequests } from '@/server/privacy/requests';
import { eraseForLead } from '@/server/privacy/staff';
import { fileStorage } from '@/server/storage';
import { createTRPCRouter, staffProcedure } from '../trpc';

const privacyProcedure = staffProcedure('privacy');

export const privacyAdminRouter = createTRPCRouter({
  requests: privacyProcedure.input(requestListInput).query(({ ctx, input }) => listRequests(ctx.db, input)),
  eraseLead: privacyProcedure
    .input(eraseLeadInput)
    .mutation(({ ctx, input }) =>
      eraseForLead(ctx.db, fileStorage(), input, { id: ctx.session.user.id, log: ctx.log }),
    ),
});
